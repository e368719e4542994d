package app.stepwise.wizard;

import app.stepwise.flow.OutcomeKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A run reached an outcome, or was left unfinished (abandoned at a step). Published once
 * per run and outcome; a run that is changed after reaching an outcome may end again, and
 * the newest end counts. This is what shows how many support requests the tool avoided.
 *
 * @param runId the run's id, shared with any support request filed for it
 * @param flowId the flow the run started in
 * @param flowVersion that flow's version
 * @param stepFlowId the flow of the step the run ended at (a run can lead into another
 * flow)
 * @param stepId the outcome reached, or the step at which it was abandoned
 * @param outcome the outcome, or empty if the run was abandoned
 * @param path the answers given
 * @param at when it ended
 */
public record RunEnded(UUID runId, String flowId, int flowVersion, String stepFlowId, String stepId,
		Optional<OutcomeKind> outcome, List<String> path, Instant at) {

	public RunEnded {
		path = List.copyOf(path);
	}

	public boolean abandoned() {
		return outcome.isEmpty();
	}

	static RunEnded of(ActiveRun active, Instant at) {
		var run = active.run();
		return new RunEnded(active.id(), run.flow().id(), run.flow().version(), run.current().flowId(),
				run.current().id(), run.outcome(), run.path(), at);
	}

}
