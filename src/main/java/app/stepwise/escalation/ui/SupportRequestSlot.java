package app.stepwise.escalation.ui;

import app.stepwise.escalation.RequestSummaries;
import app.stepwise.escalation.SupportRequests;
import app.stepwise.security.CurrentUser;
import app.stepwise.wizard.ActiveRun;
import app.stepwise.wizard.ui.EscalationSlot;
import app.stepwise.wizard.ui.RunMemory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
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

	private final ObjectProvider<RunMemory> runMemory;

	private final ObjectProvider<OperatorMemory> operatorMemory;

	private final CurrentUser currentUser;

	SupportRequestSlot(SupportRequests requests, RequestSummaries summaries, ObjectProvider<RunMemory> runMemory,
			ObjectProvider<OperatorMemory> operatorMemory, CurrentUser currentUser) {
		this.requests = requests;
		this.summaries = summaries;
		this.runMemory = runMemory;
		this.operatorMemory = operatorMemory;
		this.currentUser = currentUser;
	}

	/**
	 * The step view builds its content again on every change of language; the panel of
	 * the same run is kept in the UI, so that nothing typed is lost.
	 */
	@Override
	public Component create(ActiveRun run) {
		UI ui = UI.getCurrent();
		SupportRequestPanel kept = ui == null ? null : ComponentUtil.getData(ui, SupportRequestPanel.class);
		if (kept != null && kept.run().equals(run)) {
			kept.removeFromParent();
			return kept;
		}
		SupportRequestPanel panel = panel(run);
		if (ui != null) {
			ComponentUtil.setData(ui, SupportRequestPanel.class, panel);
		}
		return panel;
	}

	SupportRequestPanel panel(ActiveRun run) {
		return new SupportRequestPanel(run, requests, summaries, runMemory.getObject(), operatorMemory.getObject(),
				currentUser.requireName());
	}

	@Override
	public void requestHelp(ActiveRun run) {
		SupportRequestView.open(UI.getCurrent(), run);
	}

}
