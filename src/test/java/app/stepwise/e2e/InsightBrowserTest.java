package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.i18n.Language;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The insight screen in a real browser, with runs of the last weeks: its charts and
 * tables are shown, a flow's link opens that flow's map, and axe-core finds no serious or
 * critical problem on either screen, in two languages. With
 * {@code -Dstepwise.screenshots=<directory>} it also photographs the screen.
 */
class InsightBrowserTest extends BrowserTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Override
	protected @Nullable String user() {
		return "support";
	}

	@Override
	protected Browser.NewContextOptions contextOptions() {
		return new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1366, 900);
	}

	@BeforeEach
	void someRuns() {
		jdbc.update("DELETE FROM flow_run");
		Instant now = Instant.now();
		String[][] runs = { { "unlock-account", "RESOLVED", "resolved" }, { "unlock-account", "ESCALATED", "escalate" },
				{ "unlock-account", "ABANDONED", "find-restriction" }, { "reset-passwords", "RESOLVED", "resolved" },
				{ "reset-passwords", "ABANDONED", "how-many" }, { "unlock-account", "RESOLVED", "resolved" } };
		for (int i = 0; i < 24; i++) {
			String[] run = runs[i % runs.length];
			Instant started = now.minus(Duration.ofHours(20L * i + 1));
			jdbc.update("INSERT INTO flow_run (id, flow_id, flow_version, cloud, language, path, answers,"
					+ " step_flow_id, step_id, started_at, last_activity_at, outcome, end_step_flow_id, end_step_id,"
					+ " ended_at, version) VALUES (?, ?, 1, 'worldwide', 'en', '', 0, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
					UUID.randomUUID(), run[0], run[0], run[2], Timestamp.from(started),
					Timestamp.from(started.plusSeconds(300L * (i + 1))), run[1], run[0], run[2],
					Timestamp.from(started.plusSeconds(300L * (i + 1))));
		}
	}

	@ParameterizedTest
	@EnumSource(value = Language.class, names = { "ENGLISH", "SLOVENIAN" })
	void insightAndTheMapItLinksToHaveNoSeriousAccessibilityProblem(Language language) {
		open("insight?lang=" + language.tag());
		PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", language.tag());
		PlaywrightAssertions.assertThat(page.locator("#insight-runs-chart")).isVisible();
		PlaywrightAssertions.assertThat(page.locator("#insight-weeks-table")).isVisible();
		List<String> problems = new ArrayList<>(accessibilityProblems("insight"));
		String screenshots = System.getProperty("stepwise.screenshots");
		if (screenshots != null && !screenshots.isBlank()) {
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Path.of(screenshots).resolve("insight-" + language.tag() + ".png")));
		}

		page.locator("#insight-flows-table a[href='flow-map/unlock-account']").click();
		page.waitForCondition(() -> location().startsWith("flow-map/unlock-account"));
		PlaywrightAssertions.assertThat(page.locator("#map-drawing svg[role='img']")).isVisible();
		problems.addAll(accessibilityProblems("flow map from insight"));

		assertThat(problems).as("accessibility problems in %s", language).isEmpty();
	}

}
