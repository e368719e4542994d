package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.flow.FlowCatalog;
import app.stepwise.i18n.Language;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core against WCAG 2.0, 2.1 and 2.2 at levels A and AA: no serious or critical
 * violation. Screens: the sign-in screen, the start page, steps of the flows (escalate
 * outcomes with their request form), a filed request, the operator's own requests, the
 * support queue, undelivered notifications, a request's detail, and the error page.
 *
 * <p>
 * Every step of every flow is checked in English (the source) and Slovenian (the language
 * whose texts differ most: four plural forms, the longest words); in the other languages
 * one step of each kind is, which covers every layout with that language's texts. A
 * step's layout does not depend on its language, and every text is checked to exist in
 * every language by the bundle tests; checking all steps in all five languages took half
 * of the test suite's time.
 */
class AccessibilityBrowserTest extends BrowserTest {

	@Autowired
	private FlowCatalog catalog;

	private final List<String> problems = new ArrayList<>();

	static Stream<Language> languages() {
		return Arrays.stream(Language.values());
	}

	@Override
	protected @Nullable String user() {
		return null;
	}

	@ParameterizedTest
	@MethodSource("languages")
	void noScreenHasASeriousAccessibilityProblem(Language language) {
		open("login?lang=" + language.tag());
		check("login", language);

		signIn("support", "support");
		open("?lang=" + language.tag());
		boolean everyStep = language == Language.ENGLISH || language == Language.SLOVENIAN;
		Map<String, String> screens = everyStep ? Screens.all(catalog) : Screens.oneOfEachKind(catalog);
		for (Map.Entry<String, String> screen : screens.entrySet()) {
			go(screen.getValue());
			check(screen.getKey(), language);
		}

		go("flow/reset-passwords/escalate?path=someone-else.not-solved.something-else");
		String reference = fileRequest("The steps did not help.");
		check("request filed", language);
		go("my-requests");
		check("my requests", language);
		go("my-requests/" + reference);
		check("my request", language);
		go("support");
		check("support queue", language);
		go("support/notifications");
		check("undelivered notifications", language);
		go("support/" + reference);
		check("request detail", language);

		assertThat(screens).hasSizeGreaterThan(everyStep ? 40 : 5);
		assertThat(problems).as("accessibility problems in %s", language).isEmpty();
	}

	private void check(String screen, Language language) {
		PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", language.tag());
		problems.addAll(accessibilityProblems(screen));
	}

}
