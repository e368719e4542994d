package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.i18n.Language;
import app.stepwise.i18n.MessageBundles;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** A person getting through the flows in a real browser. */
class WizardBrowserTest extends BrowserTest {

	@Autowired
	private MessageBundles bundles;

	static Stream<Arguments> journeys() {
		return Stream.of(Arguments.of("locked-out", List.of("solved"), "unlock-account/resolved"),
				Arguments.of("locked-out", List.of("not-solved", "not-solved", "no-signs"), "unlock-account/escalate"),
				Arguments.of("reset-passwords", List.of("someone-else", "solved", "done"), "reset-passwords/resolved"),
				Arguments.of("reset-passwords", List.of("my-own", "locked-out", "only-admin", "not-solved"),
						"reset-passwords/escalate-own"),
				Arguments.of("compromised",
						List.of("found-signs", "done", "done", "done", "not-blocked", "skip", "no-roles", "done",
								"in-control"),
						"compromise-response/resolved"),
				Arguments.of("compromised", List.of("found-signs", "done", "done", "done", "blocked", "done", "block",
						"done", "has-roles", "done", "done", "still-misused"), "compromise-response/escalate"));
	}

	@ParameterizedTest(name = "{0} then {1} ends at {2}")
	@MethodSource("journeys")
	void eachFlowCanBeFollowedToItsOutcomes(String entry, List<String> answers, String outcome) {
		open("");
		page.locator("a.problem-card[id$='-" + entry + "']").click();
		settle();

		for (String answer : answers) {
			answer(answer);
		}

		assertThat(currentStep()).isEqualTo(outcome);
		if (outcome.contains("escalate")) {
			assertThat(byId("transcript").locator("li").count()).isGreaterThanOrEqualTo(answers.size());
		}
		else {
			assertThat(byId("another-problem").isVisible()).isTrue();
		}
	}

	@Test
	void aProblemOpensItsFlowAtTheRunsOwnAddressAndBackReturnsToTheStartPage() {
		open("");
		page.locator("#entry-unlock-account-cannot-send").click();
		expectStep("unlock-account/find-restriction");

		page.waitForCondition(() -> location().equals("flow/unlock-account/find-restriction?path=cannot-send"));
		assertThat(page.title()).startsWith("Check whether Microsoft has restricted");

		// On Back, Vaadin's client puts the address it left back while the server
		// answers, and goes back again once it has: for a moment the start page can
		// show under the step's address and title. What a person is left with is the
		// start page, at its own address, with its own title.
		String startTitle = bundles.pattern(Language.ENGLISH, "ui.start.page-title").orElseThrow();
		page.goBack();
		page.waitForCondition(() -> location().isEmpty() && page.title().equals(startTitle));
		PlaywrightAssertions.assertThat(byId("problems")).isVisible();
	}

	@Test
	void backRestartAndTheBrowsersButtonsMoveThroughTheRun() {
		open("flow/unlock-account");
		answer("cannot-sign-in");
		answer("not-solved");
		expectStep("unlock-account/check-sign-in-status");

		click("back");
		expectStep("unlock-account/reset-password");

		page.goBack();
		expectStep("unlock-account/check-sign-in-status");

		page.goBack();
		expectStep("unlock-account/reset-password");
		page.goForward();
		expectStep("unlock-account/check-sign-in-status");

		click("restart");
		expectStep("unlock-account/symptom");
		assertThat(location()).isEqualTo("flow/unlock-account/symptom");
	}

	@Test
	void aStepOnThePathAndAMenuLinkOpenTheirScreenWithoutLoadingThePageAgain() {
		open("flow/unlock-account");
		answer("cannot-sign-in");
		answer("not-solved");
		page.evaluate("() => window.stepwiseSamePage = true");

		click("stepper-0");

		expectStep("unlock-account/symptom");
		assertThat(location()).isEqualTo("flow/unlock-account/symptom");
		assertThat(page.evaluate("() => window.stepwiseSamePage === true")).isEqualTo(true);
		assertThat(page.locator("#stepper li[aria-current='step']").count()).isEqualTo(1);

		click("menu-my-runs-link");
		page.waitForCondition(() -> location().equals("my-runs"));
		assertThat(page.evaluate("() => window.stepwiseSamePage === true")).isEqualTo(true);
	}

	@Test
	void aReloadMidFlowKeepsTheRunAndWhenEachAnswerWasGiven() {
		open("flow/unlock-account");
		answer("cannot-sign-in");
		answer("not-solved");
		answer("not-solved");
		answer("no-signs");
		String transcript = byId("transcript").innerText();

		page.reload();

		expectStep("unlock-account/escalate");
		assertThat(byId("transcript").innerText()).isEqualTo(transcript);
	}

	@Test
	void aStepOpensFromItsAddress() {
		open("flow/reset-passwords/reset-one?path=someone-else&cloud=21vianet");

		assertThat(currentStep()).isEqualTo("reset-passwords/reset-one");
		assertThat(byId("link-open-active-users").getAttribute("href"))
			.isEqualTo("https://go.microsoft.com/fwlink/p/?linkid=850628");
		assertThat(byId("link-open-active-users").getAttribute("target")).isEqualTo("_blank");
	}

	@Test
	void switchingLanguageMidFlowKeepsTheStep() {
		open("flow/unlock-account");
		answer("cannot-send");
		String address = location();

		byId("language").click();
		page.locator("vaadin-select-item[label='slovenščina'], vaadin-select-item:has-text('slovenščina')")
			.first()
			.click();
		settle();

		assertThat(location()).isEqualTo(address);
		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("sl");
		assertThat(byId("step-title").innerText())
			.isEqualTo(bundles.pattern(Language.SLOVENIAN, "flow.unlock-account.find-restriction.title").orElseThrow());

		open("");
		assertThat(page.locator("html").getAttribute("lang")).as("the choice is remembered").isEqualTo("sl");
	}

	static Stream<Language> languages() {
		return Arrays.stream(Language.values());
	}

	@ParameterizedTest
	@MethodSource("languages")
	void aFlowCanBeRunInEachLanguage(Language language) {
		open("?lang=" + language.tag());
		assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language.tag());
		page.locator("#entry-reset-passwords-reset-passwords").click();
		settle();

		assertThat(byId("step-title").innerText()).isEqualTo(text(language, "flow.reset-passwords.whose.title"));
		answer("someone-else");
		assertThat(byId("answer-solved").innerText()).isEqualTo(text(language, "ui.wizard.answer.solved"));
		answer("solved");
		answer("done");

		assertThat(byId("step-title").innerText()).isEqualTo(text(language, "flow.reset-passwords.resolved.title"));
		assertThat(page.title()).contains(text(language, "flow.reset-passwords.resolved.title"));
	}

	private String text(Language language, String key) {
		return bundles.pattern(language, key).orElseThrow().replace("**", "");
	}

}
