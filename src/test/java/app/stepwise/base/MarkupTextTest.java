package app.stepwise.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTextTest {

	@Test
	void theFiveMarkupCharactersBecomeEntities() {
		assertThat(MarkupText.escape("<a href=\"x\" title='y'>&</a>"))
			.isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
	}

	@Test
	void charactersXmlCannotHoldBecomeTheReplacementCharacter() {
		assertThat(MarkupText.escape("a\u0000b\u0008c\uFFFEd\uFFFF")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFD");
		assertThat(MarkupText.escape("lone \uD800 and \uDC00")).isEqualTo("lone \uFFFD and \uFFFD");
	}

	@Test
	void lettersOfEveryLanguageLineBreaksAndPairedSurrogatesStay() {
		String text = "Šifra ključ\tæøå åäö\r\n😀 \uD83D\uDD12";
		assertThat(MarkupText.escape(text)).isEqualTo(text);
	}

	@Test
	void escapingIntoAppendsToWhatIsWritten() {
		StringBuilder out = new StringBuilder("<b>");
		MarkupText.escapeInto(out, "1 < 2");
		assertThat(out).hasToString("<b>1 &lt; 2");
	}

}
