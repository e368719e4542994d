package app.stepwise.flow.internal;

import app.stepwise.flow.Answer;
import app.stepwise.flow.FlowDefinition;
import app.stepwise.flow.FlowProblem.Kind;
import app.stepwise.flow.Step;
import app.stepwise.flow.Target;
import app.stepwise.flow.TenantCheck;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Part of {@link FlowGraphValidator}: a flow asks which user before it checks one. */
final class UserAskedFirst {

	private UserAskedFirst() {
	}

	/**
	 * A check about one user needs to know which user: every path from the flow's start
	 * to a step that runs one must pass a step where the run asks for the user
	 * ({@code about-user} on the flow or on a step). Paths are followed within the flow;
	 * a run that moves on to another flow meets that flow's own start.
	 */
	static void check(FlowDefinition flow, Problems problems) {
		Set<String> seen = new HashSet<>();
		Deque<Step> todo = new ArrayDeque<>(List.of(flow.start()));
		while (!todo.isEmpty()) {
			Step step = todo.pop();
			if (!seen.add(step.id()) || flow.asksForUserAt(step.id())) {
				continue;
			}
			List<String> userChecks = step.checks()
				.stream()
				.filter(TenantCheck::concernsUser)
				.map(TenantCheck::id)
				.toList();
			if (!userChecks.isEmpty()) {
				problems.add(flow.source(), step.id(), Kind.USER_NOT_ASKED,
						"The step runs checks about one user (" + String.join(", ", userChecks)
								+ "), but a path from the start reaches it without asking which user.",
						"Add 'about-user: true' to the flow, to this step, or to a step before it on every path.");
			}
			for (Answer answer : step.answers()) {
				Target t = answer.target();
				if (!t.startOfFlow() && t.flowId().equals(flow.id())) {
					flow.step(t.stepId()).ifPresent(todo::push);
				}
			}
		}
	}

}
