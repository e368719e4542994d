package app.stepwise.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.i18n.Language;
import app.stepwise.i18n.MessageBundles;
import app.stepwise.i18n.Messages;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What tenant checks showed, for support staff: in the reader's language and time zone,
 * each check with its facts.
 */
class EvidenceTextsTest {

	private static final MessageBundles BUNDLES = MessageBundles.load(EvidenceTextsTest.class.getClassLoader());

	private final EvidenceTexts texts = new EvidenceTexts(new Messages(BUNDLES, true));

	@Test
	void aReaderInLjubljanaReadsItInSlovenianAtTheirOwnTime() {
		List<EvidenceTexts.Check> checks = texts.of(EvidenceFixtures.request(EvidenceFixtures.twoChecks()),
				Language.SLOVENIAN.locale(), ZoneId.of("Europe/Ljubljana"));

		assertThat(checks).hasSize(2);
		assertThat(checks.getFirst().heading()).startsWith("Račun – najemnik contoso, preverjeno").contains("10:14");
		assertThat(checks.getFirst().facts()).containsExactly("Vpis je za ta račun blokiran");
		assertThat(checks.get(1).facts()).containsExactly("3 neuspešni vpisi od zadnjega uspešnega");
	}

	@Test
	void aRequestWithoutEvidenceHasNothingToShow() {
		assertThat(texts.of(EvidenceFixtures.request(List.of()), Language.ENGLISH.locale(), ZoneId.of("UTC")))
			.isEmpty();
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void everyLanguageSaysItWithoutMissingTexts(Language language) {
		for (EvidenceTexts.Check check : texts.of(EvidenceFixtures.request(EvidenceFixtures.twoChecks()),
				language.locale(), ZoneId.of("UTC"))) {
			assertThat(check.heading()).doesNotContain(Messages.MISSING_MARK, "{", "}").contains("contoso");
			assertThat(check.facts()).isNotEmpty()
				.allSatisfy(fact -> assertThat(fact).doesNotContain(Messages.MISSING_MARK, "{"));
		}
	}

}
