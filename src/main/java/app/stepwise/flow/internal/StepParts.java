package app.stepwise.flow.internal;

import app.stepwise.flow.ActionStep;
import app.stepwise.flow.Answer;
import app.stepwise.flow.Fact;
import app.stepwise.flow.FlowMessageKeys;
import app.stepwise.flow.FlowProblem.Kind;
import app.stepwise.flow.Guard;
import app.stepwise.flow.Instruction;
import app.stepwise.flow.Link;
import app.stepwise.flow.Target;
import app.stepwise.flow.Wait;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads the parts steps are made of: answers (with the facts they set and the targets
 * they lead to), instructions (with their links), and an action's wait. Like
 * {@link FlowFileParser}, it turns mistakes into problems and goes on.
 */
final class StepParts {

	static final String FLOW_TARGET_PREFIX = "flow:";

	private final Map<String, Link> links;

	private final Set<String> usedLinks;

	/**
	 * @param usedLinks collects the ids of the links instructions use
	 */
	StepParts(Map<String, Link> links, Set<String> usedLinks) {
		this.links = links;
		this.usedLinks = usedLinks;
	}

	void standardAnswer(String flowId, String answerId, Fields fields, List<Answer> answers) {
		String target = fields.string(answerId, true);
		if (target != null) {
			answers.add(new Answer(answerId, "ui.wizard.answer." + answerId, target(flowId, target), Map.of(),
					Guard.ALWAYS, List.of()));
		}
	}

	@Nullable Wait waitOf(Fields fields) {
		if (!fields.has("wait")) {
			return null;
		}
		Fields wait = Fields.of(fields.raw("wait"), "'wait'", fields.file(), fields.stepId(), fields.problems());
		if (wait == null) {
			return null;
		}
		wait.allowOnly(Set.of("usual-hours", "max-hours"), "'wait'");
		Integer usual = wait.positiveInt("usual-hours", true);
		Integer max = wait.positiveInt("max-hours", true);
		if (usual == null || max == null) {
			return null;
		}
		if (max < usual) {
			wait.malformed("'max-hours' is less than 'usual-hours'.", "Swap or correct the two values.");
		}
		return new Wait(usual, max);
	}

	List<Answer> answers(String flowId, String stepId, Fields step) {
		List<Answer> answers = new ArrayList<>();
		Set<String> ids = new HashSet<>(
				step.has(ActionStep.DONE) ? Set.of(ActionStep.DONE) : Set.of(ActionStep.SOLVED, ActionStep.NOT_SOLVED));
		for (Object node : step.list("answers")) {
			Fields fields = Fields.of(node, "an answer", step.file(), stepId, step.problems());
			if (fields == null) {
				continue;
			}
			fields.allowOnly(Set.of("id", "next", "sets", "when", CheckNames.SUGGESTED_BY), "an answer");
			String id = fields.id("id", true);
			String next = fields.string("next", true);
			if (id == null || next == null) {
				continue;
			}
			if (!ids.add(id)) {
				fields.problem(Kind.DUPLICATE_ID, "Answer id '" + id + "' is used twice in this step.",
						"Give each answer of a step its own id (solved, not-solved and done are taken by actions).");
				continue;
			}
			answers.add(new Answer(id, FlowMessageKeys.answer(flowId, stepId, id), target(flowId, next), facts(fields),
					Guards.read(fields), CheckNames.signals(fields)));
		}
		return answers;
	}

	private Map<Fact, Boolean> facts(Fields answer) {
		if (!answer.has("sets")) {
			return Map.of();
		}
		Fields sets = Fields.of(answer.raw("sets"), "'sets'", answer.file(), answer.stepId(), answer.problems());
		if (sets == null) {
			return Map.of();
		}
		Map<Fact, Boolean> facts = new EnumMap<>(Fact.class);
		String knownFacts = Arrays.stream(Fact.values()).map(Fact::id).collect(Collectors.joining(", "));
		for (Fact fact : Fact.values()) {
			Object value = sets.raw(fact.id());
			if (value instanceof Boolean b) {
				facts.put(fact, b);
			}
			else if (value != null) {
				sets.malformed("Fact '" + fact.id() + "' must be true or false.", "Write true or false.");
			}
		}
		sets.allowOnly(Arrays.stream(Fact.values()).map(Fact::id).collect(Collectors.toSet()),
				"'sets' (known facts: " + knownFacts + ")");
		return facts;
	}

	List<Instruction> instructions(String flowId, String stepId, Fields step) {
		List<Instruction> instructions = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (Object node : step.list("instructions")) {
			String id;
			Guard when = Guard.ALWAYS;
			Link link = null;
			if (node instanceof String s) {
				id = Fields.isId(s) ? s : null;
				if (id == null) {
					step.malformed("'" + s + "' is not a valid instruction id.",
							"Use lower-case letters, digits and single hyphens.");
				}
			}
			else {
				Fields fields = Fields.of(node, "an instruction", step.file(), stepId, step.problems());
				if (fields == null) {
					continue;
				}
				fields.allowOnly(Set.of("id", "link", "when"), "an instruction");
				id = fields.id("id", true);
				when = Guards.read(fields);
				String linkId = fields.string("link", false);
				if (linkId != null) {
					link = links.get(linkId);
					usedLinks.add(linkId);
					if (link == null) {
						fields.problem(Kind.UNKNOWN_TARGET, "Unknown link '" + linkId + "'.",
								"Define it in flows/links.yaml or use one of: " + String.join(", ", links.keySet())
										+ ".");
					}
				}
			}
			if (id == null) {
				continue;
			}
			if (!ids.add(id)) {
				step.problem(Kind.DUPLICATE_ID, "Instruction id '" + id + "' is used twice in this step.",
						"Give each instruction of a step its own id.");
				continue;
			}
			instructions.add(new Instruction(id, FlowMessageKeys.instruction(flowId, stepId, id), link, when));
		}
		return instructions;
	}

	private static Target target(String flowId, String next) {
		return next.startsWith(FLOW_TARGET_PREFIX) ? Target.flowStart(next.substring(FLOW_TARGET_PREFIX.length()))
				: Target.step(flowId, next);
	}

}
