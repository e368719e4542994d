package app.stepwise.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base for tests in a real browser against the whole application on a random port, in
 * development mode: tests start signed in as the demo user {@code admin}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vaadin.devmode.devTools.enabled=false", "vaadin.launch-browser=false" })
public abstract class BrowserTest extends ChromiumPage {

	/** axe-core's tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
	static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

	private static final Set<String> BLOCKING = Set.of("serious", "critical");

	@LocalServerPort
	private int port;

	/**
	 * The demo user every test starts signed in as (its password is its name); null to
	 * start signed out. Demo users exist because the tests run in development mode.
	 */
	@Override
	protected @Nullable String user() {
		return "admin";
	}

	@Override
	protected String url(String path) {
		return "http://localhost:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path);
	}

	/**
	 * The serious and critical problems axe-core finds against {@link #WCAG} on the page
	 * as it is now, each named with the screen and the elements it concerns.
	 */
	protected List<String> accessibilityProblems(String screen) {
		List<String> problems = new ArrayList<>();
		for (Rule violation : new AxeBuilder(page).withTags(WCAG).analyze().getViolations()) {
			if (BLOCKING.contains(violation.getImpact())) {
				problems.add(screen + ": " + violation.getId() + " (" + violation.getImpact() + ") "
						+ violation.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
			}
		}
		return problems;
	}

}
