package app.stepwise.wizard.ui;

import app.stepwise.flow.ActionStep;
import app.stepwise.flow.FlowRun;
import app.stepwise.flow.Wait;
import app.stepwise.wizard.ActiveRun;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Something to do: the instructions, how long it usually takes to work, and the question
 * whether it did (or a plain "next").
 */
class ActionCard extends StepCard {

	private final ActionStep step;

	private final @Nullable Paragraph wait;

	private final H2 check = new H2();

	ActionCard(ActiveRun active, ActionStep step, Consumer<String> onAnswer, @Nullable WaitSlot waits) {
		super(active.run());
		FlowRun run = active.run();
		this.step = step;
		add(new InstructionList(step.instructionsFor(run.context()), run.context()));
		if (waits != null && step.expectedWait().isPresent()) {
			add(waits.waitNote(active));
		}
		wait = waits != null ? null : step.expectedWait().map(w -> {
			Paragraph note = new Paragraph();
			note.setId("wait");
			note.addClassName("wait-note");
			return note;
		}).orElse(null);
		if (wait != null) {
			add(wait);
		}
		check.setId("check-title");
		add(check, new AnswerButtons(step.answersFor(run.context()), "check-title", onAnswer));
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		super.localeChange(event);
		if (wait != null) {
			Wait expected = step.expectedWait().orElseThrow();
			wait.setText(getTranslation("ui.wizard.wait",
					Map.of("usual", expected.usualHours(), "max", expected.maxHours())));
		}
		check.setText(getTranslation(checkKey()));
	}

	private String checkKey() {
		if (step.asksIfSolved()) {
			return "ui.wizard.check.solved";
		}
		return step.answers().stream().anyMatch(a -> a.id().equals(ActionStep.DONE)) ? "ui.wizard.check.done"
				: "ui.wizard.check.result";
	}

}
