package app.stepwise.escalation;

import app.stepwise.flow.FlowMessageKeys;
import app.stepwise.i18n.Language;
import java.time.Instant;

/** A support request as a list shows it. */
public record SupportRequestRow(String reference, Instant createdAt, Language language, String flowId,
		String affectedUser, RequestStatus status) {

	/** The key of the title of the flow the run started in. */
	public String flowTitleKey() {
		return FlowMessageKeys.flowTitle(flowId);
	}

}
