package app.stepwise.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessagesTest {

	private final MessageBundles bundles = Bundles.load();

	private final Messages development = new Messages(bundles, true);

	private final Messages production = new Messages(bundles, false);

	private static final Locale SLOVENIAN = Language.SLOVENIAN.locale();

	@ParameterizedTest(name = "{0} checks: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			1   | 1 opravljeno preverjanje
			2   | 2 opravljeni preverjanji
			3   | 3 opravljena preverjanja
			4   | 4 opravljena preverjanja
			5   | 5 opravljenih preverjanj
			101 | 101 opravljeno preverjanje
			102 | 102 opravljeni preverjanji
			103 | 103 opravljena preverjanja
			105 | 105 opravljenih preverjanj
			""")
	void slovenianCountsTakeTheirOwnPluralForms(int count, String expected) {
		assertThat(development.get(SLOVENIAN, "ui.wizard.transcript.title", Map.of("count", count)))
			.isEqualTo(expected);
	}

	@Test
	void swedishHasOneAndOther() {
		Locale swedish = Language.SWEDISH.locale();
		assertThat(development.get(swedish, "ui.wizard.transcript.title", Map.of("count", 1)))
			.isEqualTo("1 kontroll gjord");
		assertThat(development.get(swedish, "ui.wizard.transcript.title", Map.of("count", 3)))
			.isEqualTo("3 kontroller gjorda");
	}

	@Test
	void aLabelReadsAsWrittenAndQuotesAndArgumentsAsIcuReadsThem() {
		MessageBundles some = new MessageBundles(
				Map.of(Language.ENGLISH, Map.of("ui.plain", "Step 2 of 5 # 100% | done", "ui.quoted",
						"It''s '{'name'}' for {name}", "ui.apostrophe", "Don't {verb}")));
		Messages messages = new Messages(some, true);

		assertThat(messages.get(Language.ENGLISH, "ui.plain", Map.of("name", "x")))
			.isEqualTo("Step 2 of 5 # 100% | done");
		assertThat(messages.get(Language.ENGLISH, "ui.quoted", Map.of("name", "Anna")))
			.isEqualTo("It's {name} for Anna");
		assertThat(messages.get(Language.ENGLISH, "ui.apostrophe", Map.of("verb", "wait"))).isEqualTo("Don't wait");
	}

	@Test
	void aKeyMissingInALanguageIsMarkedInDevelopmentAndEnglishInProduction() {
		MessageBundles partial = new MessageBundles(
				Map.of(Language.ENGLISH, Map.of("ui.x", "Hello"), Language.DANISH, Map.of()));

		assertThat(new Messages(partial, true).get(Language.DANISH.locale(), "ui.x")).startsWith(Messages.MISSING_MARK)
			.contains("da:ui.x");
		assertThat(new Messages(partial, false).get(Language.DANISH.locale(), "ui.x")).isEqualTo("Hello");
	}

	@Test
	void aKeyMissingEverywhereIsShownMarkedNeverNull() {
		assertThat(production.get(Locale.ENGLISH, "ui.no-such-key")).isEqualTo("⟦en:ui.no-such-key⟧");
	}

	@Test
	void anUnsupportedLocaleReadsEnglish() {
		assertThat(production.get(Locale.GERMAN, "ui.wizard.back")).isEqualTo("Back");
	}

	@Test
	void datesAndTimesFollowTheReadersLanguageAndTimeZone() {
		Instant at = Instant.parse("2026-03-05T13:07:00Z");

		assertThat(production.dateTime(Language.NORWEGIAN_BOKMAL.locale(), at, ZoneId.of("Europe/Oslo")))
			.contains("14:07")
			.contains("2026");
		assertThat(production.dateTime(Locale.ENGLISH, at, ZoneId.of("UTC"))).contains("1:07");
		// the same language for a reader in another zone, after the first
		assertThat(production.dateTime(Language.NORWEGIAN_BOKMAL.locale(), at, ZoneId.of("UTC"))).contains("13:07");
		assertThat(production.dateTime(Language.NORWEGIAN_BOKMAL.locale(), at, ZoneId.of("Europe/Oslo")))
			.contains("14:07");
	}

	@Test
	void thePseudoLocaleAccentsAndLengthensEnglish() {
		String pseudo = development.get(PseudoLocale.LOCALE, "ui.wizard.back");

		assertThat(pseudo).startsWith("[").endsWith("]").contains("Ɓàçķ").doesNotContain("Back");
		assertThat(pseudo.length()).isGreaterThanOrEqualTo((int) ("Back".length() * 1.4));
	}

}
