package app.stepwise.reminders.ui;

import app.stepwise.i18n.Messages;
import app.stepwise.reminders.Reminders;
import app.stepwise.wizard.ActiveRun;
import app.stepwise.wizard.ui.WaitSlot;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/** Plugs waits and reminders into the wizard's steps and escalate outcomes. */
@org.springframework.stereotype.Component
class ReminderSlot implements WaitSlot {

	private final Reminders reminders;

	private final Messages messages;

	ReminderSlot(Reminders reminders, Messages messages) {
		this.reminders = reminders;
		this.messages = messages;
	}

	@Override
	public Component waitNote(ActiveRun run) {
		var step = (app.stepwise.flow.ActionStep) run.run().current();
		return new WaitNote(run, step.expectedWait().orElseThrow(), reminders, messages);
	}

	@Override
	public Optional<Component> tooEarly(ActiveRun run) {
		return reminders.openWait(run).map(window -> new TooEarlyNotice(run, window, reminders, messages));
	}

}
