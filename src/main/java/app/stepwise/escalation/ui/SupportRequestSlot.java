package app.stepwise.escalation.ui;

import app.stepwise.escalation.RequestSummaries;
import app.stepwise.escalation.SupportRequests;
import app.stepwise.security.CurrentUser;
import app.stepwise.wizard.ActiveRun;
import app.stepwise.wizard.Wizard;
import app.stepwise.wizard.ui.EscalationSlot;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Plugs the support request into the wizard: the form after the transcript of an escalate
 * outcome, and "I need help" from any step, which opens the same form at an address of
 * its own.
 */
@org.springframework.stereotype.Component
class SupportRequestSlot implements EscalationSlot {

	private final SupportRequests requests;

	private final RequestSummaries summaries;

	private final Wizard wizard;

	private final ObjectProvider<OperatorMemory> operatorMemory;

	private final CurrentUser currentUser;

	SupportRequestSlot(SupportRequests requests, RequestSummaries summaries, Wizard wizard,
			ObjectProvider<OperatorMemory> operatorMemory, CurrentUser currentUser) {
		this.requests = requests;
		this.summaries = summaries;
		this.wizard = wizard;
		this.operatorMemory = operatorMemory;
		this.currentUser = currentUser;
	}

	@Override
	public Component create(ActiveRun run) {
		return new SupportRequestPanel(run, requests, summaries, wizard, operatorMemory.getObject(),
				currentUser.requireName());
	}

	@Override
	public void requestHelp(ActiveRun run) {
		SupportRequestView.open(UI.getCurrent(), run);
	}

}
