package app.stepwise.escalation;

import app.stepwise.flow.Cloud;
import app.stepwise.flow.FlowMessageKeys;
import app.stepwise.i18n.Language;
import app.stepwise.wizard.CheckEvidence;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A support request as stored: the run it came from with every check made, what the
 * operator wrote, and what support staff did with it.
 *
 * @param reference what people quote on the phone, e.g. {@code SW-7K3F-9QMX}
 * @param runId the run it was filed for; one request per run
 * @param stepFlowId the flow of the step the run stood at
 * @param stepId the step the run stood at: an escalate outcome, or the step where the
 * operator asked for help
 * @param atOutcome whether the run had reached an escalate outcome
 * @param language the operator's language when filing
 * @param operatorPrincipal the signed-in operator's user name, which the request is filed
 * under
 * @param contactPhone may be empty unless the operator prefers a call
 * @param version changes with every update, to detect concurrent changes
 * @param evidence what tenant checks showed during the run, oldest first (empty without a
 * connected tenant)
 * @param filedInsideWait whether a wait the run went through had not reached its longest
 * time when the request was filed (escalated before Microsoft's time was up)
 */
public record SupportRequest(UUID id, String reference, UUID runId, String flowId, int flowVersion, String stepFlowId,
		String stepId, boolean atOutcome, Cloud cloud, Language language, String affectedUser, String operatorPrincipal,
		String description, String contactEmail, String contactPhone, ContactMethod preferredContact,
		RequestStatus status, Instant createdAt, Instant updatedAt, long version, List<Check> transcript,
		List<StatusChange> history, List<CheckEvidence> evidence, boolean filedInsideWait) {

	public SupportRequest {
		transcript = List.copyOf(transcript);
		history = List.copyOf(history);
		evidence = List.copyOf(evidence);
	}

	/** A request from a run that showed no tenant checks and went through no wait. */
	public SupportRequest(UUID id, String reference, UUID runId, String flowId, int flowVersion, String stepFlowId,
			String stepId, boolean atOutcome, Cloud cloud, Language language, String affectedUser,
			String operatorPrincipal, String description, String contactEmail, String contactPhone,
			ContactMethod preferredContact, RequestStatus status, Instant createdAt, Instant updatedAt, long version,
			List<Check> transcript, List<StatusChange> history) {
		this(id, reference, runId, flowId, flowVersion, stepFlowId, stepId, atOutcome, cloud, language, affectedUser,
				operatorPrincipal, description, contactEmail, contactPhone, preferredContact, status, createdAt,
				updatedAt, version, transcript, history, List.of(), false);
	}

	/**
	 * The name the request is filed under, for receivers that show a name: the operator's
	 * user name.
	 */
	public String operatorName() {
		return operatorPrincipal;
	}

	/** The key of the title of the step the run stood at. */
	public String stepTitleKey() {
		return FlowMessageKeys.stepTitle(stepFlowId, stepId);
	}

	/** The key of the title of the flow the run started in. */
	public String flowTitleKey() {
		return FlowMessageKeys.flowTitle(flowId);
	}

	/**
	 * One check made: the step, the answer given and when. Keeps the message keys the
	 * operator saw, so that anyone reads it in their own language.
	 *
	 * @param answeredAt null if the run was opened from a link and the time is unknown
	 */
	public record Check(String stepFlowId, String stepId, String stepTitleKey, String answerId, String answerLabelKey,
			@Nullable Instant answeredAt) {
	}

	/**
	 * One change by support staff.
	 *
	 * @param actor the signed-in user name of who made it
	 * @param comment may be empty
	 */
	public record StatusChange(Instant at, String actor, RequestStatus from, RequestStatus to, String comment) {
	}

}
