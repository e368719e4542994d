package app.stepwise.escalation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * How one run ended, as recorded.
 *
 * @param stepId the outcome reached, or the step at which the run was abandoned
 * @param path the answers given
 */
public record RunRecord(UUID runId, String flowId, int flowVersion, String stepFlowId, String stepId,
		RunOutcome outcome, List<String> path, Instant endedAt) {

	public RunRecord {
		path = List.copyOf(path);
	}

}
