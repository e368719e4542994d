package app.stepwise.wizard.ui;

import app.stepwise.wizard.ActiveRun;
import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;

/**
 * Where the escalation feature plugs into the wizard, so that the wizard does not depend
 * on it. Without an implementation, an escalate outcome shows the transcript only and no
 * step offers help.
 */
@NamedInterface("ui")
public interface EscalationSlot {

	/** What follows the transcript on an escalate outcome: the support request form. */
	Component create(ActiveRun run);

	/** Asks for help from a step that has not reached an outcome ("I need help"). */
	void requestHelp(ActiveRun run);

}
