package app.stepwise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The check the hostile-input tests apply to HTML sent as content: plain lists, links and
 * radio buttons pass, anything that runs, loads or is not SafeHtml's own fails.
 */
class SafeMarkupTest {

	@Test
	void listsLinksAndRadioButtonsAsSafeHtmlWritesThemArePlain() {
		assertThat(SafeMarkup.isPlain("<li class=\"stepper-done\"><a id=\"stepper-0\" href=\"flow/x?path=a\" "
				+ "router-link=\"\">Step &lt;1&gt;</a></li><li aria-current=\"step\"><strong>now</strong></li>"))
			.isTrue();
		assertThat(SafeMarkup.isPlain("<vaadin-radio-button value=\"0\" label=\"&lt;img src=x&gt;\">"
				+ "</vaadin-radio-button><vaadin-radio-button value=\"1\" label=\"Phone\"></vaadin-radio-button>"))
			.isTrue();
	}

	@Test
	void markupThatRunsLoadsOrIsNotSafeHtmlsOwnIsNot() {
		assertThat(SafeMarkup.isPlain("<script>alert(1)</script>")).isFalse();
		assertThat(SafeMarkup.isPlain("<img src=x onerror=alert(1)>")).isFalse();
		assertThat(SafeMarkup.isPlain("<a href=\"javascript:alert(1)\">x</a>")).isFalse();
		assertThat(SafeMarkup.isPlain("<span onclick=\"alert(1)\">x</span>")).isFalse();
		assertThat(SafeMarkup.isPlain("<vaadin-radio-button value=\"0\" onclick=\"alert(1)\"></vaadin-radio-button>"))
			.isFalse();
		assertThat(SafeMarkup.isPlain("<vaadin-radio-button class=\"x\"></vaadin-radio-button>")).isFalse();
		assertThat(SafeMarkup.isPlain("<span value=\"0\" label=\"x\">x</span>")).isFalse();
		assertThat(SafeMarkup.isPlain("<vaadin-button>x</vaadin-button>")).isFalse();
	}

}
