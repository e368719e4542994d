package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.i18n.Language;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A run with tenant checks in a real browser, against the demo tenant the application
 * serves in development: pick the user by type-ahead, see the checks and the suggested
 * answer, then Microsoft's incident before escalating, and after filing the request what
 * the checks read on the request's screen for support staff; axe finds no serious problem
 * on any of them. With {@code -Dstepwise.screenshots=<directory>} it also photographs
 * both, for a person to look at.
 */
class TenantChecksBrowserTest extends BrowserTest {

	private final List<String> problems = new ArrayList<>();

	/** Runs the flow and then reads the request as support staff. */
	@Override
	protected String user() {
		return "support";
	}

	@ParameterizedTest
	@EnumSource(value = Language.class, names = { "ENGLISH", "SWEDISH" })
	void aRunChecksTheUserAndWarnsOfAnIncidentBeforeEscalating(Language language) throws Exception {
		open("flow/unlock-account?lang=" + language.tag());
		expectStep("unlock-account/symptom");
		check("subject prompt", language);

		byId("subject-user").locator("input").fill("Bo");
		Locator option = page.locator("vaadin-combo-box-item")
			.filter(new Locator.FilterOptions().setHasText("Bo Jensen"));
		option.first().click();
		click("subject-use");

		PlaywrightAssertions.assertThat(byId("check-account")).isVisible();
		PlaywrightAssertions.assertThat(byId("suggestion-cannot-sign-in")).isVisible();
		assertThat(byId("answer-cannot-sign-in").getAttribute("class")).contains("answer-suggested");
		settle();
		check("checks", language);
		photograph("checks", language);

		answer("cannot-send");
		answer("not-listed");
		expectStep("unlock-account/escalate-sending");
		PlaywrightAssertions.assertThat(byId("service-incident")).containsText("EX900417");
		settle();
		check("incident before escalating", language);
		photograph("incident", language);

		// Filed, the request carries what the checks read; support staff see it.
		Locator affectedUser = byId("affected-user").locator("input");
		if (affectedUser.inputValue().isBlank()) {
			affectedUser.fill("bo@contoso.example");
		}
		byId("description").locator("textarea").fill("Bo still cannot send mail after the steps.");
		byId("contact-email").locator("input").fill("desk@contoso.example");
		click("send-request");
		PlaywrightAssertions.assertThat(byId("reference")).isVisible();
		go("support/" + byId("reference").innerText().strip());
		PlaywrightAssertions.assertThat(byId("request-evidence")).isVisible();
		PlaywrightAssertions.assertThat(byId("request-evidence").locator("li")).not().hasCount(0);
		settle();
		check("a request's evidence", language);
		photograph("evidence", language);

		assertThat(problems).as("accessibility problems in %s", language).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = Language.class, names = { "ENGLISH", "SLOVENIAN" })
	void theQuestionPassedOverFoldsToALineAndOpensAgain(Language language) throws Exception {
		open("flow/unlock-account?lang=" + language.tag());
		expectStep("unlock-account/symptom");
		PlaywrightAssertions.assertThat(byId("subject-prompt")).isVisible();

		answer("cannot-send");
		expectStep("unlock-account/find-restriction");
		PlaywrightAssertions.assertThat(byId("subject-folded")).isVisible();
		PlaywrightAssertions.assertThat(byId("subject-prompt")).hasCount(0);
		settle();
		check("question folded", language);
		photograph("folded", language);

		click("subject-open");
		PlaywrightAssertions.assertThat(byId("subject-user")).isVisible();
		// The button that had the focus is gone: the focus moves to the field to fill in.
		PlaywrightAssertions.assertThat(byId("subject-user").locator("input")).isFocused();
		assertThat(problems).as("accessibility problems in %s", language).isEmpty();
	}

	private void check(String screen, Language language) {
		PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", language.tag());
		problems.addAll(accessibilityProblems(screen));
	}

	private void photograph(String name, Language language) throws Exception {
		String directory = System.getProperty("stepwise.screenshots");
		if (directory == null || directory.isBlank()) {
			return;
		}
		Path folder = Files.createDirectories(Path.of(directory, language.tag()));
		page.screenshot(
				new Page.ScreenshotOptions().setFullPage(true).setPath(folder.resolve("tenant-" + name + ".png")));
	}

}
