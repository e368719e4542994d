package app.stepwise.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageResolverTest {

	private final LanguageResolver resolver = new LanguageResolver(false);

	@ParameterizedTest(name = "Accept-Language {0} reads {1}")
	@CsvSource(delimiter = '|', textBlock = """
			no                          | nb
			nn                          | nb
			nb-NO                       | nb
			nb                          | nb
			nn-NO,en;q=0.5              | nb
			sv-FI                       | sv
			sv-SE                       | sv
			sl-SI                       | sl
			da-DK,da;q=0.9,en;q=0.8     | da
			en-GB                       | en
			de-DE,de;q=0.9              | en
			fi                          | en
			de;q=1.0,da;q=0.5           | da
			en-US,sv;q=0.8              | en
			*                           | en
			'not a ;; header ,,'        | en
			""")
	void theBrowsersPreferenceIsMatchedToASupportedLanguage(String acceptLanguage, String expected) {
		assertThat(resolver.resolve(null, null, acceptLanguage).toLanguageTag()).isEqualTo(expected);
	}

	@Test
	void aRememberedChoiceWinsOverTheAddressAndTheBrowser() {
		assertThat(resolver.resolve("da", "sl", "sv")).isEqualTo(Language.DANISH.locale());
	}

	@Test
	void theAddressWinsOverTheBrowser() {
		assertThat(resolver.resolve(null, "sl", "sv-SE")).isEqualTo(Language.SLOVENIAN.locale());
		assertThat(resolver.resolve(null, "no", "sv-SE")).isEqualTo(Language.NORWEGIAN_BOKMAL.locale());
	}

	@Test
	void anUnsupportedOrMalformedChoiceIsPassedOverSilently() {
		assertThat(resolver.resolve("xx-garbage", "de", "sv")).isEqualTo(Language.SWEDISH.locale());
		assertThat(resolver.resolve("<script>", "'; DROP TABLE x;--", null)).isEqualTo(Locale.ENGLISH);
		assertThat(resolver.resolve(null, "sv".repeat(10_000), null)).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void nothingAtAllReadsEnglish() {
		assertThat(resolver.resolve(null, null, null)).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void thePseudoLocaleExistsOnlyInDevelopment() {
		assertThat(resolver.resolve(null, PseudoLocale.TAG, null)).isEqualTo(Locale.ENGLISH);
		assertThat(new LanguageResolver(true).resolve(null, PseudoLocale.TAG, null)).isEqualTo(PseudoLocale.LOCALE);
	}

}
