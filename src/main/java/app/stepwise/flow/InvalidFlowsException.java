package app.stepwise.flow;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when one or more flow files are invalid; carries every problem found, not just
 * the first.
 */
public class InvalidFlowsException extends RuntimeException {

	private final List<FlowProblem> problems;

	public InvalidFlowsException(List<FlowProblem> problems) {
		super(problems.size() + " problem(s) in the flow files:\n"
				+ problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<FlowProblem> problems() {
		return problems;
	}

}
