package app.stepwise.wizard.ui;

import app.stepwise.wizard.ActiveRun;
import com.vaadin.flow.component.Component;

/**
 * Where the escalation feature plugs into the wizard: given the run that ended in
 * "escalate", it supplies what the person does next (the support request form). Without
 * an implementation, an escalate outcome shows the transcript only.
 */
public interface EscalationSlot {

	Component create(ActiveRun run);

}
