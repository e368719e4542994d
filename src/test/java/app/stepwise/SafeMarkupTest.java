package app.stepwise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The check the hostile-input tests apply to HTML sent as content: plain lists, links,
 * radio buttons and answer buttons as SafeHtml writes them pass; anything that runs,
 * loads, leaves for a page that is not Microsoft's, or is not SafeHtml's own fails.
 */
class SafeMarkupTest {

	@ParameterizedTest
	@ValueSource(strings = {
			"<li class=\"stepper-done\"><a id=\"stepper-0\" href=\"flow/x?path=a\" router-link=\"\">Step &lt;1&gt;</a>"
					+ "</li><li aria-current=\"step\"><strong>now</strong></li>",
			"<vaadin-radio-button value=\"0\" label=\"&lt;img src=x&gt;\"></vaadin-radio-button>"
					+ "<vaadin-radio-button value=\"1\" label=\"Phone\"></vaadin-radio-button>",
			"<li id=\"instruction-open\">Open <strong>Users</strong><a id=\"link-open\" class=\"external-link\" "
					+ "href=\"https://go.microsoft.com/fwlink/p/?linkid=834822\" target=\"_blank\" "
					+ "rel=\"noopener noreferrer\"><span>Active users</span>"
					+ "<span class=\"external-link-icon\" aria-hidden=\"true\"></span></a></li>",
			"<vaadin-button id=\"answer-a\" class=\"answer\" theme=\"primary\">A &lt;b&gt;</vaadin-button>"
					+ "<vaadin-button id=\"answer-b\" class=\"answer answer-suggested\" "
					+ "aria-describedby=\"suggestion-b\">B</vaadin-button>" })
	void whatSafeHtmlWritesIsPlain(String html) {
		assertThat(SafeMarkup.isPlain(html)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"<a href=\"javascript:alert(1)\">x</a>", "<span onclick=\"alert(1)\">x</span>",
			"<vaadin-radio-button value=\"0\" onclick=\"alert(1)\"></vaadin-radio-button>",
			"<vaadin-radio-button class=\"x\"></vaadin-radio-button>", "<span value=\"0\" label=\"x\">x</span>",
			"<vaadin-button onclick=\"alert(1)\">x</vaadin-button>", "<vaadin-button theme=\"x\">x</vaadin-button>",
			"<vaadin-button value=\"0\">x</vaadin-button>",
			"<a href=\"https://evil.example/x\" target=\"_blank\">x</a>",
			"<a href=\"https://microsoft.com.evil.example/\">x</a>",
			"<a href=\"https://admin.microsoft.com/\" target=\"_self\">x</a>",
			"<a href=\"https://admin.microsoft.com/\" rel=\"opener\">x</a>" })
	void markupThatRunsLoadsLeavesForAnotherSiteOrIsNotSafeHtmlsOwnIsNot(String html) {
		assertThat(SafeMarkup.isPlain(html)).isFalse();
	}

}
