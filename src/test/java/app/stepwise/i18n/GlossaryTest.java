package app.stepwise.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The product's fixed terms (sign in, sign out, support request, summary, the admin
 * center's labels, ...) are written the same way everywhere, as the glossary in
 * {@code src/test/resources/i18n/glossary.properties} has them: no known wrong variant
 * appears in any bundle, and where the English text uses a term, each translation uses it
 * too.
 */
class GlossaryTest {

	private static final Glossary glossary = Glossary.load();

	private static final MessageBundles bundles = Bundles.load();

	static Stream<Language> languages() {
		return Arrays.stream(Language.values());
	}

	static Stream<Language> translations() {
		return languages().filter(l -> l != Language.ENGLISH);
	}

	@ParameterizedTest
	@MethodSource("languages")
	void noMessageUsesAKnownWrongVariant(Language language) {
		List<String> problems = new ArrayList<>();
		for (Glossary.Entry entry : glossary.entries(language)) {
			for (String key : bundles.keys(language)) {
				entry.wrongIn(bundles.pattern(language, key).orElseThrow())
					.ifPresent(found -> problems.add(key + " in " + language.bundleFile() + " says \"" + found
							+ "\": write \"" + entry.right() + "\" (glossary term " + entry.term() + ")"));
			}
		}

		assertThat(problems).as("wrong variants of the glossary's terms").isEmpty();
	}

	@ParameterizedTest
	@MethodSource("translations")
	void whereTheEnglishTextUsesATermTheTranslationUsesItToo(Language language) {
		List<String> problems = new ArrayList<>();
		for (Glossary.Entry english : glossary.entries(Language.ENGLISH)) {
			Glossary.Entry translated = glossary.entry(english.term(), language).orElse(null);
			if (english.forms() == null || translated == null || translated.forms() == null) {
				continue;
			}
			for (String key : bundles.keys(Language.ENGLISH)) {
				if (english.usedIn(bundles.pattern(Language.ENGLISH, key).orElseThrow())
						&& !translated.usedIn(bundles.pattern(language, key).orElse(""))) {
					problems.add(key + " in " + language.bundleFile() + ": the English says \"" + english.right()
							+ "\", the translation should say \"" + translated.right() + "\" (glossary term "
							+ english.term() + ")");
				}
			}
		}

		assertThat(problems).as("glossary terms missing from translations").isEmpty();
	}

	@Test
	void everyRightTermCountsAsItsOwnFormAndIsNoWrongVariant() {
		assertThat(glossary.entries()).isNotEmpty().allSatisfy(entry -> {
			assertThat(entry.wrongIn(entry.right()))
				.as("%s.%s: the right term matches .wrong", entry.term(), entry.language().tag())
				.isEmpty();
			if (entry.forms() != null) {
				assertThat(entry.usedIn(entry.right()))
					.as("%s.%s: the right term does not match .forms", entry.term(), entry.language().tag())
					.isTrue();
			}
		});
	}

	@Test
	void everyTranslationOfATermWithFormsHasFormsToo() {
		glossary.entries(Language.ENGLISH)
			.stream()
			.filter(english -> english.forms() != null)
			.forEach(english -> translations().forEach(language -> assertThat(glossary.entry(english.term(), language))
				.as("%s.%s.forms", english.term(), language.tag())
				.hasValueSatisfying(entry -> assertThat(entry.forms()).isNotNull())));
	}

	@Test
	void wrongVariantsAreFoundInEveryInflectionButNeverInsideOtherWords() {
		Glossary.Entry nbSignIn = glossary.entry("sign-in", Language.NORWEGIAN_BOKMAL).orElseThrow();
		assertThat(nbSignIn.wrongIn("Logg inn – Stepwise")).contains("Logg inn");
		assertThat(nbSignIn.wrongIn("kan logge inn igjen")).contains("logge inn");
		assertThat(nbSignIn.wrongIn("Innloggingen mislyktes")).contains("Innloggingen");
		assertThat(nbSignIn.wrongIn("Blokker pålogging inntil videre")).isEmpty();

		Glossary.Entry svSignIn = glossary.entry("sign-in", Language.SWEDISH).orElseThrow();
		assertThat(svSignIn.wrongIn("Användaren loggade på i går")).contains("loggade på");
		assertThat(svSignIn.wrongIn("Kan du fortfarande logga in på Microsoft 365?")).isEmpty();

		Glossary.Entry daSignOut = glossary.entry("sign-out", Language.DANISH).orElseThrow();
		assertThat(daSignOut.wrongIn("Du er logget ud.")).contains("logget ud");
		assertThat(daSignOut.wrongIn("da du loggede brugeren af")).isEmpty();

		Glossary.Entry daSummary = glossary.entry("summary", Language.DANISH).orElseThrow();
		assertThat(daSummary.wrongIn("Kopiér den engelske oversigt")).contains("oversigt");
		assertThat(daSummary.wrongIn("Kopiér resuméet på dansk")).isEmpty();

		Glossary.Entry slSignIn = glossary.entry("sign-in", Language.SLOVENIAN).orElseThrow();
		assertThat(slSignIn.wrongIn("da ostanete prijavljeni")).contains("prijavljeni");
		assertThat(slSignIn.wrongIn("Vpis z Microsoftom")).isEmpty();

		Glossary.Entry daLabel = glossary.entry("help-and-support", Language.DANISH).orElseThrow();
		assertThat(daLabel.usedIn("Vælg **Hjælp & support**.")).isTrue();
		assertThat(daLabel.usedIn("Vælg **hjælp & support**.")).as("a label's case counts").isFalse();
	}

}
