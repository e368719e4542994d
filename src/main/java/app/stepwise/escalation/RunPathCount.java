package app.stepwise.escalation;

import java.util.List;

/**
 * How many runs of a period took the same path to the same end: run records grouped in
 * the database. Carries no personal data and no run ids.
 *
 * @param flowId the flow the runs started in
 * @param path the answers given, in order
 * @param stepFlowId the flow of the step the runs ended at
 * @param stepId the outcome reached, or the step at which the runs were left
 * @param runs how many runs
 */
public record RunPathCount(String flowId, List<String> path, String stepFlowId, String stepId, RunOutcome outcome,
		long runs) {

	public RunPathCount {
		path = List.copyOf(path);
	}

}
