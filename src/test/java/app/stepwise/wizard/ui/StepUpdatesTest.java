package app.stepwise.wizard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.i18n.Language;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A click sends the browser what changed, not the screen again: the page title once per
 * step, the answers already on the path left as they are, and no scripts that restate a
 * new form field's state.
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
		_click(_get(Button.class, spec -> spec.withId("answer-" + id)));
	}

	private static List<Component> pathItems() {
		return _get(Stepper.class).getChildren().findFirst().orElseThrow().getChildren().toList();
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
	void aChangeOfLanguageOnAStepRetitlesThePage() {
		navigate("flow/unlock-account?entry=locked-out");
		scriptsSent();

		UI.getCurrent().setLocale(Language.NORWEGIAN_BOKMAL.locale());

		assertThat(count(scriptsSent(), "document.title")).isEqualTo(1);
		assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Tilbakestill passordet til brukeren");
	}

	@Test
	void aStepForwardKeepsTheAnswersAlreadyOnThePathAndAStepBackDropsTheLast() {
		navigate("flow/unlock-account?entry=locked-out");
		answer("not-solved");
		List<Component> before = pathItems();
		assertThat(before).hasSize(3);

		answer("not-solved");
		List<Component> after = pathItems();

		assertThat(after).hasSize(4).startsWith(before.get(0), before.get(1));
		assertThat(after.get(2).getElement().getTextRecursively()).startsWith("Step 3");
		assertThat(after.get(3).getElement().getAttribute("aria-current")).isEqualTo("step");

		_click(_get(Button.class, spec -> spec.withId("back")));
		List<Component> back = pathItems();
		assertThat(back).hasSize(3).startsWith(before.get(0), before.get(1));
		assertThat(back.get(2).getElement().getTextRecursively()).startsWith("Step 3 (current)");
		assertThat(_get(Stepper.class).getChildren()
			.findFirst()
			.map(OrderedList.class::cast)
			.orElseThrow()
			.getElement()
			.getTextRecursively()).contains("Step 2: ");
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
