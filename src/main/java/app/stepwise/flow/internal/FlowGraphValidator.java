package app.stepwise.flow.internal;

import app.stepwise.flow.Answer;
import app.stepwise.flow.Cloud;
import app.stepwise.flow.Fact;
import app.stepwise.flow.FlowDefinition;
import app.stepwise.flow.FlowProblem.Kind;
import app.stepwise.flow.OutcomeStep;
import app.stepwise.flow.RunContext;
import app.stepwise.flow.Step;
import app.stepwise.flow.Target;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the flows as a graph: every target exists, every step is reachable from its
 * flow's start, every step offers an answer in every context, no answers lead in a
 * circle, and the start page's preset answers fit. Together these mean every path ends in
 * an outcome.
 */
final class FlowGraphValidator {

	private final Map<String, FlowDefinition> flows;

	private final Problems problems;

	FlowGraphValidator(Map<String, FlowDefinition> flows, Problems problems) {
		this.flows = flows;
		this.problems = problems;
	}

	void validate() {
		boolean targetsResolve = true;
		for (FlowDefinition flow : flows.values()) {
			targetsResolve &= checkTargets(flow);
		}
		for (FlowDefinition flow : flows.values()) {
			if (flow.step(flow.startStepId()).isPresent()) {
				checkReachable(flow);
				UserAskedFirst.check(flow, problems);
			}
			checkAnswersInEveryContext(flow);
		}
		if (targetsResolve) {
			checkNoCircles();
			flows.values().forEach(this::checkEntries);
		}
	}

	private boolean checkTargets(FlowDefinition flow) {
		boolean ok = true;
		if (!flow.startStepId().isEmpty() && flow.step(flow.startStepId()).isEmpty()) {
			problems.add(flow.source(), "", Kind.UNKNOWN_TARGET,
					"The start step '" + flow.startStepId() + "' does not exist.", "Set 'start' to " + stepIds(flow));
			ok = false;
		}
		for (Step step : flow.steps()) {
			for (Answer answer : step.answers()) {
				if (find(answer.target()).isEmpty()) {
					ok = false;
					Target t = answer.target();
					String fix = t.startOfFlow() || !t.flowId().equals(flow.id())
							? "Use 'flow:' followed by one of the flow ids: " + String.join(", ", flows.keySet()) + "."
							: "Use one of the step ids " + stepIds(flow);
					problems.add(flow.source(), step.id(), Kind.UNKNOWN_TARGET,
							"Answer '" + answer.id() + "' leads to '" + t + "', which does not exist.", fix);
				}
			}
		}
		return ok;
	}

	private void checkReachable(FlowDefinition flow) {
		Set<String> seen = new HashSet<>();
		Deque<Step> todo = new ArrayDeque<>(List.of(flow.start()));
		while (!todo.isEmpty()) {
			Step step = todo.pop();
			if (!seen.add(step.id())) {
				continue;
			}
			for (Answer answer : step.answers()) {
				Target t = answer.target();
				if (!t.startOfFlow() && t.flowId().equals(flow.id())) {
					flow.step(t.stepId()).ifPresent(todo::push);
				}
			}
		}
		for (Step step : flow.steps()) {
			if (!seen.contains(step.id())) {
				problems.add(flow.source(), step.id(), Kind.UNREACHABLE_STEP,
						"No answer leads to this step from the start '" + flow.startStepId() + "'.",
						"Point an answer at '" + step.id() + "', or remove the step.");
			}
		}
	}

	private void checkAnswersInEveryContext(FlowDefinition flow) {
		for (Step step : flow.steps()) {
			if (step instanceof OutcomeStep) {
				continue;
			}
			Set<String> without = contexts().stream()
				.filter(c -> step.answersFor(c).isEmpty())
				.map(FlowGraphValidator::describe)
				.collect(Collectors.toCollection(LinkedHashSet::new));
			if (!without.isEmpty()) {
				problems.add(flow.source(), step.id(), Kind.NO_OUTCOME,
						"The step offers no answer when " + String.join("; ", without) + ", so the path ends there.",
						"Add an answer without 'when', or make the conditions cover every case.");
			}
		}
	}

	private void checkNoCircles() {
		Map<String, Integer> state = new HashMap<>();
		for (FlowDefinition flow : flows.values()) {
			for (Step step : flow.steps()) {
				visit(step, state, new ArrayList<>());
			}
		}
	}

	/**
	 * Depth-first search; a step met again while still on the current path closes a
	 * circle.
	 */
	private void visit(Step step, Map<String, Integer> state, List<Step> trail) {
		String key = step.flowId() + "/" + step.id();
		Integer s = state.get(key);
		if (s != null && s == 2) {
			return;
		}
		if (s != null) {
			List<String> circle = new ArrayList<>();
			for (int i = indexOf(trail, step); i < trail.size(); i++) {
				circle.add(trail.get(i).id());
			}
			circle.add(step.id());
			Step last = trail.getLast();
			problems.add(flows.get(last.flowId()).source(), last.id(), Kind.NO_OUTCOME,
					"Answers lead in a circle (" + String.join(" -> ", circle) + "), so a path can go on forever.",
					"Lead one of these answers forward to a new step or an outcome instead of back.");
			return;
		}
		state.put(key, 1);
		trail.add(step);
		for (Answer answer : step.answers()) {
			find(answer.target()).ifPresent(next -> visit(next, state, trail));
		}
		trail.removeLast();
		state.put(key, 2);
	}

	private static int indexOf(List<Step> trail, Step step) {
		for (int i = 0; i < trail.size(); i++) {
			if (trail.get(i).flowId().equals(step.flowId()) && trail.get(i).id().equals(step.id())) {
				return i;
			}
		}
		return 0;
	}

	private void checkEntries(FlowDefinition flow) {
		if (flow.step(flow.startStepId()).isEmpty()) {
			return;
		}
		for (var entry : flow.entries()) {
			Step step = flow.start();
			for (String answerId : entry.presetAnswers()) {
				Optional<Answer> answer = step.answers().stream().filter(a -> a.id().equals(answerId)).findFirst();
				if (answer.isEmpty()) {
					problems.add(flow.source(), step.id(), Kind.UNKNOWN_TARGET,
							"Entry '" + entry.id() + "' presets answer '" + answerId
									+ "', which this step does not have.",
							"Use one of: " + step.answers().stream().map(Answer::id).collect(Collectors.joining(", "))
									+ ".");
					break;
				}
				step = find(answer.get().target()).orElseThrow();
			}
		}
	}

	private Optional<Step> find(Target target) {
		FlowDefinition flow = flows.get(target.flowId());
		if (flow == null) {
			return Optional.empty();
		}
		return target.startOfFlow() ? flow.step(flow.startStepId()) : flow.step(target.stepId());
	}

	private static String stepIds(FlowDefinition flow) {
		return flow.steps().stream().map(Step::id).collect(Collectors.joining(", ")) + ".";
	}

	/**
	 * Every context a run can be in: each cloud, with every combination of facts known or
	 * not.
	 */
	static List<RunContext> contexts() {
		List<RunContext> contexts = new ArrayList<>();
		for (Cloud cloud : Cloud.values()) {
			contexts.add(RunContext.of(cloud));
		}
		for (Fact fact : Fact.values()) {
			List<RunContext> widened = new ArrayList<>();
			for (RunContext context : contexts) {
				widened.add(context);
				widened.add(context.with(Map.of(fact, true)));
				widened.add(context.with(Map.of(fact, false)));
			}
			contexts = widened;
		}
		return contexts;
	}

	private static String describe(RunContext context) {
		String facts = context.facts()
			.entrySet()
			.stream()
			.map(e -> e.getKey().id() + "=" + e.getValue())
			.collect(Collectors.joining(", "));
		return "cloud=" + context.cloud().id() + (facts.isEmpty() ? "" : ", " + facts);
	}

}
