package app.stepwise.wizard.ui;

import app.stepwise.flow.Instruction;
import app.stepwise.flow.OutcomeKind;
import app.stepwise.flow.OutcomeStep;
import app.stepwise.i18n.Messages;
import app.stepwise.wizard.ActiveRun;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a run ends. Resolved: what is left to do, and a way to the next problem.
 * Escalate: what is left to do, every check made, then what the escalation feature adds
 * (the support request), if it is there.
 */
class OutcomeCard extends StepCard {

	private final @Nullable Button another;

	OutcomeCard(ActiveRun active, OutcomeStep step, Messages messages, @Nullable EscalationSlot escalation,
			@Nullable WaitSlot waits) {
		super(active.run());
		boolean resolved = step.kind() == OutcomeKind.RESOLVED;
		addClassName(resolved ? "outcome-resolved" : "outcome-escalate");
		List<Instruction> instructions = step.instructionsFor(active.run().context());
		if (!instructions.isEmpty()) {
			add(new InstructionList(instructions, active.run().context()));
		}
		if (resolved) {
			another = new Button("", e -> UI.getCurrent().navigate(StartView.class));
			another.setId("another-problem");
			another.addThemeVariants(ButtonVariant.PRIMARY);
			add(another);
			return;
		}
		another = null;
		TranscriptList transcript = new TranscriptList(messages);
		transcript.show(active.run());
		add(transcript);
		if (waits != null) {
			waits.tooEarly(active).ifPresent(this::add);
		}
		if (escalation != null) {
			add(escalation.create(active));
		}
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		super.localeChange(event);
		if (another != null) {
			another.setText(getTranslation("ui.wizard.outcome.another"));
		}
	}

}
