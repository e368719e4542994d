package app.stepwise.wizard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.ShownText;
import app.stepwise.i18n.Language;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A click sends the browser what changed, not the screen again: the page title once per
 * step, the path as one element's content, and no scripts that restate a new form field's
 * state.
 */
class StepUpdatesTest extends KaribuTest {

	/** The scripts this round trip would send, and none of them again. */
	private static List<String> scriptsSent() {
		return UI.getCurrent()
			.getInternals()
			.dumpPendingJavaScriptInvocations()
			.stream()
			.map(i -> i.getInvocation().getExpression())
			.toList();
	}

	private static long count(List<String> scripts, String part) {
		return scripts.stream().filter(s -> s.contains(part)).count();
	}

	private static void answer(String id) {
		Answers.click(id);
	}

	private static List<String> pathItems() {
		return ShownText.html(_get(Stepper.class)).select("li").eachText();
	}

	@Test
	void eachStepSetsThePageTitleOnce() {
		navigate("");
		scriptsSent();

		navigate("flow/unlock-account?entry=locked-out");
		assertThat(count(scriptsSent(), "document.title")).isEqualTo(1);
		assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Reset the user’s password");

		answer("not-solved");
		assertThat(count(scriptsSent(), "document.title")).isEqualTo(1);
	}

	@Test
	void anAnswerShowsTheNextStepInPlaceAndPushesItsAddressWhileBackGoesThroughTheRouter() {
		navigate("flow/unlock-account?entry=locked-out");
		StepView view = _get(StepView.class);
		List<String> entered = new ArrayList<>();
		UI.getCurrent().addBeforeEnterListener(event -> entered.add(event.getLocation().getPath()));
		scriptsSent();

		answer("not-solved");
		UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();

		List<PendingJavaScriptInvocation> sent = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
		assertThat(entered).as("no navigation round for an answer").isEmpty();
		assertThat(_get(StepView.class)).isSameAs(view);
		assertThat(currentLocation()).startsWith("flow/unlock-account/check-sign-in-status?path=");
		// history.pushState, or the event the client's router takes it as when React is
		// on
		assertThat(sent)
			.filteredOn(i -> i.getInvocation().getExpression().contains("pushState")
					|| i.getInvocation().getExpression().contains("replace: false"))
			.singleElement()
			.satisfies(push -> assertThat(push.getInvocation().getParameters()).contains(currentLocation()));
		assertThat(sent).anySatisfy(i -> assertThat(i.getInvocation().getExpression()).contains("step-title"));
		assertThat(UI.getCurrent().getInternals().getTitle())
			.startsWith(_get(com.vaadin.flow.component.html.H1.class, spec -> spec.withId("step-title")).getText());

		_click(_get(Button.class, spec -> spec.withId("back")));

		assertThat(entered).containsExactly("flow/unlock-account/reset-password");
		assertThat(currentLocation()).isEqualTo("flow/unlock-account/reset-password?path=cannot-sign-in");
	}

	@Test
	void aFlowsEntryPointOpensInOneRoundOfTheRouterAndTakesTheRunsOwnAddress() {
		navigate("");
		List<String> entered = new ArrayList<>();
		UI.getCurrent().addBeforeEnterListener(event -> entered.add(event.getLocation().getPathWithQueryParameters()));
		scriptsSent();

		navigate("flow/unlock-account?entry=cannot-send");

		assertThat(entered).as("entered once, not forwarded").containsExactly("flow/unlock-account?entry=cannot-send");
		assertThat(currentLocation()).isEqualTo("flow/unlock-account/find-restriction?path=cannot-send");
		// the address the browser was asked to show is replaced by the run's own, as a
		// forward replaces it (history.replaceState, or the client router's event)
		List<PendingJavaScriptInvocation> sent = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
		assertThat(sent)
			.filteredOn(i -> i.getInvocation().getExpression().contains("replaceState")
					|| i.getInvocation().getExpression().contains("replace: true"))
			.singleElement()
			.satisfies(replace -> assertThat(replace.getInvocation().getParameters()).contains(currentLocation()));
		assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Check whether Microsoft has restricted");

		answer("not-listed");

		assertThat(currentLocation()).startsWith("flow/unlock-account/").contains("path=cannot-send.not-listed");
	}

	@Test
	void aChangeOfLanguageOnAStepRetitlesThePage() {
		navigate("flow/unlock-account?entry=locked-out");
		scriptsSent();

		UI.getCurrent().setLocale(Language.NORWEGIAN_BOKMAL.locale());

		assertThat(count(scriptsSent(), "document.title")).isEqualTo(1);
		assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Tilbakestill passordet til brukeren");
	}

	@Test
	void thePathIsOneElementOnTheServerHoweverLongItGrowsAndShowsEachStepBackAndForth() {
		navigate("flow/unlock-account?entry=locked-out");
		answer("not-solved");
		Element list = _get(Stepper.class).getElement().getChild(0);
		assertThat(pathItems()).hasSize(3);

		answer("not-solved");
		assertThat(pathItems()).hasSize(4);
		assertThat(pathItems().get(2)).startsWith("Step 3");
		assertThat(ShownText.html(_get(Stepper.class)).select("li").last().attr("aria-current")).isEqualTo("step");

		_click(_get(Button.class, spec -> spec.withId("back")));
		assertThat(pathItems()).hasSize(3);
		assertThat(pathItems().get(1)).startsWith("Step 2: ");
		assertThat(pathItems().get(2)).startsWith("Step 3 (current)");
		assertThat(_get(Stepper.class).getElement().getChildren()).containsExactly(list);
		assertThat(list.getChildCount()).isZero();
	}

	@Test
	void theRequestFormArrivesWithoutScriptsThatClearItsFields() {
		navigate("flow/unlock-account/escalate?path=cannot-sign-in.not-solved.not-solved.no-signs");
		List<String> scripts = scriptsSent();

		assertThat(count(scripts, "this.invalid")).isZero();

		_click(_get(Button.class, spec -> spec.withId("send-request")));
		assertThat(_get(TextArea.class, spec -> spec.withId("description")).isInvalid()).isTrue();
	}

}
