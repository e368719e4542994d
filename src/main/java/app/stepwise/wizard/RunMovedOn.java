package app.stepwise.wizard;

import java.time.Instant;
import java.util.UUID;

/**
 * A run arrived at a step by an answer (or by starting): whatever waited for it at an
 * earlier step is over. Published for every step a run reaches, an outcome included.
 *
 * @param runId the run's id
 * @param flowId the flow the run started in
 * @param stepFlowId the flow of the step reached
 * @param stepId the step reached
 * @param at when
 */
public record RunMovedOn(UUID runId, String flowId, String stepFlowId, String stepId, Instant at) {

	static RunMovedOn of(ActiveRun active, Instant at) {
		var run = active.run();
		return new RunMovedOn(active.id(), run.flow().id(), run.current().flowId(), run.current().id(), at);
	}

}
