package app.stepwise.wizard.ui;

import app.stepwise.wizard.ActiveRun;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * Where reminders plug into the wizard, so that the wizard does not depend on them.
 * Without an implementation, a step with a wait says how long it usually takes, and an
 * escalate outcome says nothing about waits.
 */
@NamedInterface("ui")
public interface WaitSlot {

	/** What an action step with a wait shows about it: when to check again. */
	Component waitNote(ActiveRun run);

	/**
	 * Before the support request of an escalate outcome: that a wait the run went through
	 * is not over yet, if so.
	 */
	Optional<Component> tooEarly(ActiveRun run);

}
