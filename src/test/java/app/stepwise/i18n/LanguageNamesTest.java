package app.stepwise.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Languages are named as CLDR names them, capitalized for where the name stands: a menu
 * (the language picker) or the middle of a sentence.
 */
class LanguageNamesTest {

	@Test
	void inAMenuEachLanguageIsNamedInItselfCapitalizedAsItsOwnConventionsWant() {
		assertThat(Arrays.stream(Language.values()).map(Language::nativeName)).containsExactly("English", "Svenska",
				"Dansk", "norsk bokmål", "slovenščina");
	}

	@Test
	void insideASentenceALanguageIsNamedInTheReadersLanguage() {
		assertThat(Language.DANISH.nameInSentence(Language.DANISH)).isEqualTo("dansk");
		assertThat(Language.SWEDISH.nameInSentence(Language.SWEDISH)).isEqualTo("svenska");
		assertThat(Language.ENGLISH.nameInSentence(Language.SWEDISH)).isEqualTo("engelska");
		assertThat(Language.SLOVENIAN.nameInSentence(Language.ENGLISH)).isEqualTo("Slovenian");
		assertThat(Language.NORWEGIAN_BOKMAL.nameInSentence(Language.NORWEGIAN_BOKMAL)).isEqualTo("norsk bokmål");
	}

	@Test
	void theNamesAreWorkedOutOnceAndShared() {
		assertThat(Language.DANISH.nativeName()).isSameAs(Language.DANISH.nativeName());
		assertThat(Language.DANISH.nameInSentence(Language.SLOVENIAN))
			.isSameAs(Language.DANISH.nameInSentence(Language.SLOVENIAN));
	}

}
