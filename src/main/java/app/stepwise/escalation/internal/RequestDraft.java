package app.stepwise.escalation.internal;

import app.stepwise.escalation.ContactMethod;
import app.stepwise.escalation.RequestInput;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.flow.Cloud;
import app.stepwise.flow.FlowRun;
import app.stepwise.flow.WaitWindow;
import app.stepwise.i18n.Language;
import app.stepwise.wizard.ActiveRun;
import app.stepwise.wizard.CheckEvidence;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A support request about to be filed: the run where it stands, what the operator typed
 * (trimmed), who they are and when. Everything a new request is made of, by name, so that
 * no two values of the same type can change places on the way to the database.
 *
 * @param stepFlowId the flow of the step the run stands at
 * @param atOutcome whether that step is the run's (escalate) outcome
 * @param language the operator's language
 * @param operatorPrincipal the signed-in operator's user name
 * @param evidence what tenant checks showed during the run
 * @param filedInsideWait whether a wait the run went through is still running
 */
public record RequestDraft(UUID runId, String flowId, int flowVersion, String stepFlowId, String stepId,
		boolean atOutcome, Cloud cloud, Language language, String affectedUser, String operatorPrincipal,
		String description, String contactEmail, String contactPhone, ContactMethod preferredContact, Instant filedAt,
		List<SupportRequest.Check> transcript, List<CheckEvidence> evidence, boolean filedInsideWait) {

	public RequestDraft {
		transcript = List.copyOf(transcript);
		evidence = List.copyOf(evidence);
	}

	/** The draft of a request for the run as it stands. */
	public static RequestDraft of(ActiveRun active, RequestInput input, String operatorPrincipal, Language language,
			Instant now) {
		FlowRun run = active.run();
		List<SupportRequest.Check> checks = run.entries()
			.stream()
			.map(e -> new SupportRequest.Check(e.step().flowId(), e.step().id(), e.step().titleKey(), e.answer().id(),
					e.answer().labelKey(), e.answeredAt()))
			.toList();
		return new RequestDraft(active.id(), run.flow().id(), run.flow().version(), run.current().flowId(),
				run.current().id(), run.isFinished(), run.cloud(), language, input.getAffectedUser().strip(),
				operatorPrincipal, input.getDescription().strip(), input.getContactEmail().strip(),
				input.getContactPhone().strip(), input.getPreferredContact(), now, checks, active.evidence(),
				WaitWindow.stillOpen(run, now).isPresent());
	}

}
