package app.stepwise.wizard.ui;

import app.stepwise.base.ui.LightSelect;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.ShownText;
import app.stepwise.base.ui.MainLayout;
import app.stepwise.base.ui.NotFoundView;
import app.stepwise.flow.Cloud;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The wizard screens, driven like a person would, without a browser. */
class WizardViewTest extends KaribuTest {

	private static String stepTitle() {
		return _get(H1.class, spec -> spec.withId("step-title")).getText();
	}

	private static void answer(String answerId) {
		Answers.click(answerId);
	}

	private static String text(com.vaadin.flow.component.Component component) {
		return ShownText.of(component);
	}

	private static Document instructions() {
		return ShownText.html(_get(InstructionList.class));
	}

	private static StepView stepView() {
		return _get(StepView.class);
	}

	@Test
	void theStartPageOffersEveryProblemAndEachStartsItsFlow() {
		navigate("");
		Elements problems = ShownText.html(_get(StartView.class)).select("li > a.problem-card[router-link]");

		assertThat(problems).extracting(org.jsoup.nodes.Element::id)
			.containsExactly("entry-unlock-account-locked-out", "entry-unlock-account-cannot-send",
					"entry-reset-passwords-reset-passwords", "entry-reset-passwords-own-admin-password",
					"entry-compromise-response-compromised");

		assertThat(problems.get(1).select("h2").text()).isEqualTo("A user can’t send email");
		navigate(problems.get(1).attr("href"));

		assertThat(stepTitle()).isEqualTo("Check whether Microsoft has restricted the user");
		assertThat(currentLocation()).isEqualTo("flow/unlock-account/find-restriction?path=cannot-send");
	}

	@Test
	void eachFlowHasItsOwnAddress() {
		navigate("flow/reset-passwords");

		assertThat(stepTitle()).isEqualTo("Whose password do you need to reset?");
		assertThat(currentLocation()).isEqualTo("flow/reset-passwords/whose");
	}

	@Test
	void answeringShowsTheNextStepAtAnAddressOfItsOwn() {
		navigate("flow/unlock-account");

		answer("cannot-sign-in");

		assertThat(stepTitle()).isEqualTo("Reset the user’s password");
		assertThat(currentLocation()).isEqualTo("flow/unlock-account/reset-password?path=cannot-sign-in");
		assertThat(instructions().getElementById("instruction-open-active-users").text())
			.contains("Users › Active users");
	}

	@Test
	void theStepperShowsThePathSoFarAndTheCurrentStep() {
		navigate("flow/unlock-account");
		answer("cannot-sign-in");
		answer("not-solved");

		Document stepper = ShownText.html(_get(Stepper.class));
		Elements done = stepper.select("li.stepper-done > a[router-link]");
		assertThat(done).hasSize(2);
		assertThat(done.get(0).text()).contains("What is happening to the user?", "They can’t sign in");
		assertThat(done.get(0).id()).isEqualTo("stepper-0");
		assertThat(done.get(1).attr("href")).isEqualTo("flow/unlock-account/reset-password?path=cannot-sign-in");
		org.jsoup.nodes.Element current = stepper.select("li").last();
		assertThat(current.attr("aria-current")).isEqualTo("step");
		assertThat(current.text()).contains("Check that the user is allowed to sign in");
	}

	@Test
	void backReturnsToThePreviousStepAndADifferentAnswerDiscardsWhatFollowed() {
		navigate("flow/unlock-account");
		answer("cannot-sign-in");
		answer("not-solved");
		answer("not-solved");
		assertThat(stepTitle()).isEqualTo("Do you see signs that the account has been taken over?");

		_click(stepView().back);
		_click(stepView().back);
		assertThat(stepTitle()).isEqualTo("Reset the user’s password");

		answer("solved");

		assertThat(stepTitle()).isEqualTo("The user is back in");
		assertThat(currentLocation()).isEqualTo("flow/unlock-account/resolved?path=cannot-sign-in.solved");
		assertThat(ShownText.html(_get(Stepper.class)).select("a[router-link]")).hasSize(2);
	}

	@Test
	void startOverBeginsANewRunAtTheFirstStep() {
		navigate("flow/unlock-account");
		answer("cannot-send");

		_click(stepView().restart);

		assertThat(stepTitle()).isEqualTo("What is happening to the user?");
		assertThat(currentLocation()).isEqualTo("flow/unlock-account/symptom");
		assertThat(stepView().back.isEnabled()).isFalse();
	}

	@Test
	void aColleagueOpeningAStepsAddressSeesTheSameStep() {
		navigate("flow/unlock-account");
		answer("cannot-sign-in");
		answer("not-solved");
		String shared = currentLocation();

		newSession();
		navigate(shared);

		assertThat(stepTitle()).isEqualTo("Check that the user is allowed to sign in");
		assertThat(ShownText.html(_get(Stepper.class)).select("a[router-link]")).hasSize(2);
	}

	@Test
	void aReloadKeepsTheRunAndTheTimesOfItsAnswers() {
		navigate("flow/unlock-account");
		answer("cannot-sign-in");
		answer("not-solved");
		answer("not-solved");
		answer("no-signs");
		String before = text(_get(TranscriptList.class));

		UI.getCurrent().getPage().reload();

		assertThat(stepTitle()).isEqualTo("This needs a support request");
		assertThat(text(_get(TranscriptList.class))).isEqualTo(before)
			.contains("4 checks made")
			.doesNotContain("Time not recorded");
	}

	@Test
	void aStepOpenedFromAnAddressAloneSaysItsTimesAreUnknown() {
		navigate("flow/unlock-account/escalate?path=cannot-sign-in.not-solved.not-solved.no-signs");

		assertThat(ShownText.html(_get(TranscriptList.class)).select("li > span.transcript-time")).hasSize(4)
			.allSatisfy(s -> assertThat(s.text()).isEqualTo("Time not recorded"));
	}

	@Test
	void anEscalateOutcomeShowsEveryCheckMade() {
		navigate("flow/unlock-account");
		answer("cannot-sign-in");
		answer("not-solved");
		answer("not-solved");
		answer("no-signs");

		assertThat(stepTitle()).isEqualTo("This needs a support request");
		TranscriptList transcript = _get(TranscriptList.class);
		assertThat(text(transcript)).contains("4 checks made", "Reset the user’s password", "No, it isn’t solved",
				"Do you see signs that the account has been taken over?");
	}

	@Test
	void aResolvedOutcomeThanksAndOffersANewProblem() {
		navigate("flow/reset-passwords");
		answer("someone-else");
		answer("solved");
		answer("done");

		assertThat(stepTitle()).isEqualTo("Passwords are reset");
		_click(_get(Button.class, spec -> spec.withId("another-problem")));
		assertThat(currentLocation()).isEmpty();
		_get(StartView.class);
	}

	@Test
	void anActionWithAnExpectedWaitSaysHowLong() {
		navigate("flow/unlock-account/unblock-sender?path=cannot-send.listed.already-secured");

		assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("wait")).getText())
			.isEqualTo("Usually this takes effect within 1 hour, at most 24 hours.");
	}

	@Test
	void linksOpenInANewTabWithoutGivingTheOpenerAway() {
		navigate("flow/reset-passwords/reset-one?path=someone-else");

		org.jsoup.nodes.Element link = instructions().getElementById("link-open-active-users");
		assertThat(link.attr("href")).isEqualTo("https://go.microsoft.com/fwlink/p/?linkid=834822");
		assertThat(link.attr("target")).isEqualTo("_blank");
		assertThat(link.attr("rel")).isEqualTo("noopener noreferrer");
		assertThat(link.text()).contains("(opens in a new tab)");
	}

	@Test
	void choosingTheTenantsCloudChangesTheLinksAndKeepsThePath() {
		navigate("flow/reset-passwords/reset-one?path=someone-else");

		_setValue(stepView().cloud, Cloud.GERMANY);

		assertThat(currentLocation()).startsWith("flow/reset-passwords/reset-one?")
			.contains("path=someone-else", "cloud=germany");
		assertThat(instructions().getElementById("link-open-active-users").attr("href"))
			.isEqualTo("https://go.microsoft.com/fwlink/p/?linkid=847686");
	}

	@Test
	void anAddressWithAnAnswerThatDoesNotFitOpensTheLastStepThatDoes() {
		navigate("flow/unlock-account/anything?path=cannot-sign-in.nonsense.solved");

		assertThat(stepTitle()).isEqualTo("Reset the user’s password");
		assertThat(currentLocation()).isEqualTo("flow/unlock-account/reset-password?path=cannot-sign-in");
	}

	@Test
	void anAddressOfAFlowThatDoesNotExistShowsNotFoundInsideTheUsualFrame() {
		navigate("flow/no-such-flow");

		_get(NotFoundView.class);
		assertThat(_get(H1.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Page not found");
		_get(MainLayout.class);
		_get(LightSelect.class, spec -> spec.withId("language"));
	}

	@Test
	void aRunLedIntoAnotherFlowShowsThatFlowsSteps() {
		navigate("flow/unlock-account/x?path=cannot-send.listed.not-yet");

		assertThat(stepTitle()).isEqualTo("Look for signs of a takeover");
		assertThat(currentLocation()).startsWith("flow/unlock-account/look-for-signs?");
		assertThat(stepView().getPageTitle())
			.isEqualTo("Look for signs of a takeover – Respond to a compromised account – Stepwise");
	}

	@Test
	void onlyAnAnswerTheStepOffersIsTakenWhateverTheBrowserSends() {
		navigate("flow/unlock-account");

		Answers.clickAsTheBrowserReports("answer-solved");
		Answers.clickAsTheBrowserReports("answer-cannot-sign-in\" onclick=\"x");
		Answers.clickAsTheBrowserReports("");
		assertThat(stepTitle()).isEqualTo("What is happening to the user?");

		Answers.clickAsTheBrowserReports("answer-cannot-sign-in");
		assertThat(stepTitle()).isEqualTo("Reset the user’s password");
	}

	@Test
	void theAnswersAreOneElementOnTheServer() {
		navigate("flow/reset-passwords");

		AnswerButtons answers = _get(AnswerButtons.class);
		assertThat(answers.getElement().getChildCount()).isZero();
		assertThat(Answers.button("someone-else").attr("theme")).isEqualTo("primary");
		assertThat(Answers.button("my-own").hasAttr("theme")).isFalse();
		assertThat(answers.getElement().getAttribute("aria-labelledby")).isEqualTo("step-title");
	}

	@Test
	void everyAnswerButtonHasAStableId() {
		navigate("flow/reset-passwords");

		assertThat(Answers.buttonIds()).containsExactly("answer-someone-else", "answer-my-own", "answer-everyone",
				"answer-force-change");
	}

}
