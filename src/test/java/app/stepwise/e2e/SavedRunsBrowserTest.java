package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.i18n.Language;
import app.stepwise.i18n.MessageBundles;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A run outlives the browser: started in one browser, left after signing out, found in
 * "My runs" from another browser (a context of its own, as another device) and finished
 * there, in the person's language. Leaves a screenshot of My runs in
 * {@code target/screenshots/}.
 */
class SavedRunsBrowserTest extends BrowserTest {

	@Autowired
	private MessageBundles bundles;

	@Autowired
	private JdbcTemplate jdbc;

	@ParameterizedTest
	@EnumSource(value = Language.class, names = { "ENGLISH", "SWEDISH" })
	void aRunStartedInOneBrowserIsResumedFromMyRunsInAnotherAndFinished(Language language) {
		inNewBrowser(language);
		open("flow/unlock-account");
		answer("cannot-sign-in");
		expectStep("unlock-account/reset-password");
		signOut();
		// As a step with a wait fills it: the list shows until when the run waits.
		jdbc.update("UPDATE flow_run SET waiting_until = ? WHERE owner = 'admin' AND outcome IS NULL",
				OffsetDateTime.now(ZoneOffset.UTC).plusHours(3));

		inNewBrowser(language);
		open("my-runs");
		assertThat(byId("my-runs-title").textContent()).isEqualTo(text(language, "ui.runs.mine.title"));
		// The run just left is the most recently active one.
		String link = byId("open-runs").locator("a[id^='run-']").first().getAttribute("id");
		page.screenshot(new Page.ScreenshotOptions()
			.setPath(Path.of("target", "screenshots", "my-runs-" + language.tag() + ".png"))
			.setFullPage(true));
		click(link);
		expectStep("unlock-account/reset-password");
		assertThat(location()).isEqualTo("flow/unlock-account/reset-password?path=cannot-sign-in");
		assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language.tag());

		answer("solved");
		expectStep("unlock-account/resolved");

		open("my-runs");
		assertThat(byId("finished-runs").locator("#" + link).count()).isEqualTo(1);
		assertThat(byId("open-runs").locator("#" + link).count()).isZero();
	}

	@ParameterizedTest
	@EnumSource(value = Language.class, names = { "ENGLISH", "SLOVENIAN" })
	void aRunWhoseFlowChangedSaysSoBeforeItGoesOn(Language language) {
		inNewBrowser(language);
		open("flow/unlock-account");
		answer("cannot-sign-in");
		UUID id = jdbc.queryForObject("SELECT id FROM flow_run WHERE owner = 'admin' AND outcome IS NULL"
				+ " ORDER BY last_activity_at DESC LIMIT 1", UUID.class);
		// As if the flow had been changed since: the run started on the version before.
		jdbc.update("UPDATE flow_run SET flow_version = flow_version - 1 WHERE id = ?", id);

		open("my-runs/" + id);
		String notice = byId("resume-notice").textContent();
		page.screenshot(new Page.ScreenshotOptions()
			.setPath(Path.of("target", "screenshots", "resume-changed-" + language.tag() + ".png")));
		assertThat(notice).contains("0").contains("1").doesNotContain("{");
		assertThat(byId("resume-go").textContent()).isEqualTo(text(language, "ui.runs.resume.continue"));

		click("resume-go");
		expectStep("unlock-account/reset-password");
	}

	/**
	 * A browser of its own (cookies and all), speaking the language, signed in as the
	 * same person.
	 */
	private void inNewBrowser(Language language) {
		context.close();
		context = Chromium.browser()
			.newContext(new Browser.NewContextOptions().setLocale(language.tag()).setViewportSize(1280, 900));
		page = context.newPage();
		page.setDefaultTimeout(30_000);
		signIn("admin", "admin");
	}

	private String text(Language language, String key) {
		return bundles.pattern(language, key).orElseThrow();
	}

}
