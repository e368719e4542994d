package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.flow.FlowCatalog;
import app.stepwise.i18n.Language;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core on every screen in every language, against WCAG 2.0, 2.1 and 2.2 at levels A
 * and AA: no serious or critical violation.
 */
class AccessibilityBrowserTest extends BrowserTest {

	static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

	private static final Set<String> BLOCKING = Set.of("serious", "critical");

	@Autowired
	private FlowCatalog catalog;

	static Stream<Language> languages() {
		return Arrays.stream(Language.values());
	}

	@ParameterizedTest
	@MethodSource("languages")
	void noScreenHasASeriousAccessibilityProblem(Language language) {
		List<String> problems = new ArrayList<>();
		Map<String, String> screens = Screens.all(catalog);
		open("?lang=" + language.tag());
		for (Map.Entry<String, String> screen : screens.entrySet()) {
			go(screen.getValue());
			PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", language.tag());
			AxeResults results = new AxeBuilder(page).withTags(WCAG).analyze();
			for (Rule violation : results.getViolations()) {
				if (BLOCKING.contains(violation.getImpact())) {
					problems.add(screen.getKey() + ": " + violation.getId() + " (" + violation.getImpact() + ") "
							+ violation.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
				}
			}
		}
		assertThat(screens).hasSizeGreaterThan(40);
		assertThat(problems).as("accessibility problems in %s", language).isEmpty();
	}

}
