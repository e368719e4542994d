package app.stepwise.runs.internal;

import app.stepwise.runs.RunEnd;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A run as it stands now, to be saved: plain values, so that the table knows nothing of
 * the wizard.
 *
 * @param id the run's id
 * @param owner who runs it
 * @param affectedUser whom it is about, or null
 * @param tenantId the tenant it is about, or null
 * @param evidence what checks showed, as stored, or null
 * @param flowId the flow it started in
 * @param flowVersion the version of that flow it runs on now
 * @param cloud the id of the tenant's cloud
 * @param language the language it is run in, or null if not known
 * @param path the answers given
 * @param answerTimes when each was given, null where unknown
 * @param answerSteps the step each was given at
 * @param stepFlowId the flow of the step it stands at
 * @param stepId the step it stands at
 * @param end the outcome it reached (never {@link RunEnd#ABANDONED}), or null
 * @param earlierRunId the run this one started again from, or null; saved only with the
 * run's first state
 * @param waitingUntil when the longest wait of the step it stands at is over, or null if
 * that step has no wait (or the time it was reached is unknown)
 */
public record RunState(UUID id, String owner, @Nullable String affectedUser, @Nullable String tenantId,
		@Nullable String evidence, String flowId, int flowVersion, String cloud, @Nullable String language,
		List<String> path, List<@Nullable Instant> answerTimes, List<StepAt> answerSteps, String stepFlowId,
		String stepId, @Nullable RunEnd end, @Nullable UUID earlierRunId, @Nullable Instant waitingUntil) {

	/** A run's state at a step without a wait. */
	public RunState(UUID id, String owner, @Nullable String affectedUser, @Nullable String tenantId,
			@Nullable String evidence, String flowId, int flowVersion, String cloud, @Nullable String language,
			List<String> path, List<@Nullable Instant> answerTimes, List<StepAt> answerSteps, String stepFlowId,
			String stepId, @Nullable RunEnd end, @Nullable UUID earlierRunId) {
		this(id, owner, affectedUser, tenantId, evidence, flowId, flowVersion, cloud, language, path, answerTimes,
				answerSteps, stepFlowId, stepId, end, earlierRunId, null);
	}

	public RunState {
		path = List.copyOf(path);
		answerTimes = Collections.unmodifiableList(new ArrayList<>(answerTimes));
		answerSteps = List.copyOf(answerSteps);
		if (answerTimes.size() != path.size() || answerSteps.size() != path.size()) {
			throw new IllegalArgumentException("One time and step per answer, for " + path.size() + " answers");
		}
	}

	/** A step by its flow and id. */
	public record StepAt(String flowId, String id) {
	}

}
