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
		assertThat(SafeMarkup.isPlain("<li id=\"instruction-open\">Open <strong>Users</strong><a id=\"link-open\" "
				+ "class=\"external-link\" href=\"https://go.microsoft.com/fwlink/p/?linkid=834822\" target=\"_blank\" "
				+ "rel=\"noopener noreferrer\"><span>Active users</span>"
				+ "<span class=\"external-link-icon\" aria-hidden=\"true\"></span></a></li>"))
			.isTrue();
	}

	@Test
	void answerButtonsCarryOnlyAnIdClassesThePrimaryThemeAndTheirDescription() {
		assertThat(SafeMarkup.isPlain("<vaadin-button id=\"answer-a\" class=\"answer\" theme=\"primary\">A &lt;b&gt;"
				+ "</vaadin-button><vaadin-button id=\"answer-b\" class=\"answer answer-suggested\" "
				+ "aria-describedby=\"suggestion-b\">B</vaadin-button>"))
			.isTrue();
		assertThat(SafeMarkup.isPlain("<vaadin-button onclick=\"alert(1)\">x</vaadin-button>")).isFalse();
		assertThat(SafeMarkup.isPlain("<vaadin-button theme=\"x\">x</vaadin-button>")).isFalse();
		assertThat(SafeMarkup.isPlain("<vaadin-button value=\"0\">x</vaadin-button>")).isFalse();
	}

	@Test
	void linksLeaveOnlyForMicrosoftsPagesInANewTabWithoutTheOpener() {
		assertThat(SafeMarkup.isPlain("<a href=\"https://evil.example/x\" target=\"_blank\">x</a>")).isFalse();
		assertThat(SafeMarkup.isPlain("<a href=\"https://microsoft.com.evil.example/\">x</a>")).isFalse();
		assertThat(SafeMarkup.isPlain("<a href=\"https://admin.microsoft.com/\" target=\"_self\">x</a>")).isFalse();
		assertThat(SafeMarkup.isPlain("<a href=\"https://admin.microsoft.com/\" rel=\"opener\">x</a>")).isFalse();
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
	}

}
