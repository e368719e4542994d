package app.stepwise.flow;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists every path through a flow in a given cloud, following each answer the context
 * offers. Used by tests to walk every path of every flow, and by anyone who wants to see
 * a flow's whole shape.
 */
public final class FlowPaths {

	/** A complete path: the answers in order and the outcome they lead to. */
	public record Path(List<String> answers, OutcomeStep end) {
	}

	private FlowPaths() {
	}

	/**
	 * Every path from the start of the flow to an outcome.
	 * @throws IllegalStateException if a path is longer than {@code maxSteps} or stops at
	 * a step without answers that is not an outcome
	 */
	public static List<Path> enumerate(FlowCatalog catalog, String flowId, Cloud cloud, int maxSteps) {
		List<Path> paths = new ArrayList<>();
		walk(FlowRun.start(catalog, flowId, cloud), maxSteps, paths);
		return paths;
	}

	private static void walk(FlowRun run, int maxSteps, List<Path> out) {
		if (run.current() instanceof OutcomeStep outcome) {
			out.add(new Path(run.path(), outcome));
			return;
		}
		List<Answer> answers = run.current().answersFor(run.context());
		if (answers.isEmpty()) {
			throw new IllegalStateException(
					"Dead end at " + run.current().flowId() + "/" + run.current().id() + " after " + run.path());
		}
		if (run.entries().size() >= maxSteps) {
			throw new IllegalStateException("Path longer than " + maxSteps + " steps: " + run.path());
		}
		for (Answer answer : answers) {
			walk(run.answer(answer.id(), null), maxSteps, out);
		}
	}

}
