package app.stepwise.flow.internal;

import app.stepwise.flow.ActionStep;
import app.stepwise.flow.Answer;
import app.stepwise.flow.EntryPoint;
import app.stepwise.flow.FlowDefinition;
import app.stepwise.flow.FlowProblem.Kind;
import app.stepwise.flow.Instruction;
import app.stepwise.flow.Link;
import app.stepwise.flow.OutcomeKind;
import app.stepwise.flow.OutcomeStep;
import app.stepwise.flow.QuestionStep;
import app.stepwise.flow.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads one flow file into a {@link FlowDefinition}. Structural mistakes become problems;
 * the graph as a whole is checked afterwards by {@link FlowGraphValidator}.
 */
final class FlowFileParser {

	private static final Set<String> RESERVED_STEP_IDS = Set.of("entry", "title");

	/**
	 * On a flow: every step concerns one user. On a step: the run concerns one user from
	 * there on. Either way the run asks which user (and tenant) it is about there.
	 */
	static final String ABOUT_USER = "about-user";

	private final StepParts parts;

	FlowFileParser(Map<String, Link> links, Set<String> usedLinks) {
		this.parts = new StepParts(links, usedLinks);
	}

	@Nullable FlowDefinition parse(FlowSource source, Problems problems) {
		Object root = Yaml.load(source, problems);
		if (root == null) {
			return null;
		}
		Fields top = Fields.of(root, "the flow file", source.name(), "", problems);
		if (top == null) {
			return null;
		}
		top.allowOnly(Set.of("id", "version", "order", "start", ABOUT_USER, "entries", "steps"), "a flow file");
		String flowId = top.id("id", true);
		Integer version = top.positiveInt("version", true);
		Integer order = top.positiveInt("order", true);
		String start = top.id("start", true);
		if (flowId == null) {
			return null;
		}
		String expectedName = flowId + ".yaml";
		if (!source.name().endsWith("/" + expectedName) && !source.name().equals(expectedName)) {
			top.malformed("The flow id '" + flowId + "' does not match the file name.",
					"Name the file " + expectedName + " or change the id.");
		}
		List<Step> steps = new ArrayList<>();
		Set<String> stepIds = new HashSet<>();
		Set<String> userSteps = new HashSet<>();
		for (Object node : top.list("steps")) {
			Step step = step(flowId, node, top, userSteps);
			if (step == null) {
				continue;
			}
			if (!stepIds.add(step.id())) {
				top.forStep(step.id())
					.problem(Kind.DUPLICATE_ID, "Step id '" + step.id() + "' is used twice.",
							"Give every step of the flow its own id.");
				continue;
			}
			steps.add(step);
		}
		if (steps.isEmpty()) {
			top.malformed("The flow has no steps.", "Add a 'steps:' list.");
		}
		List<EntryPoint> entries = entries(flowId, top);
		return new FlowDefinition(flowId, version == null ? 1 : version, order == null ? Integer.MAX_VALUE : order,
				start == null ? "" : start, steps, entries, source.name(), top.flag(ABOUT_USER), userSteps);
	}

	private List<EntryPoint> entries(String flowId, Fields top) {
		List<EntryPoint> entries = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (Object node : top.list("entries")) {
			Fields fields = Fields.of(node, "an entry", top.file(), "", top.problems());
			if (fields == null) {
				continue;
			}
			fields.allowOnly(Set.of("id", "answers"), "an entry");
			String id = fields.id("id", true);
			if (id == null) {
				continue;
			}
			if (!ids.add(id)) {
				fields.problem(Kind.DUPLICATE_ID, "Entry id '" + id + "' is used twice.",
						"Give every entry of the flow its own id.");
				continue;
			}
			List<String> answers = fields.list("answers").stream().map(String::valueOf).toList();
			entries.add(new EntryPoint(flowId, id, answers));
		}
		if (entries.isEmpty()) {
			top.malformed("The flow has no entries, so the start page cannot offer it.",
					"Add 'entries:' with at least one entry.");
		}
		return entries;
	}

	private @Nullable Step step(String flowId, Object node, Fields top, Set<String> userSteps) {
		Fields fields = Fields.of(node, "a step", top.file(), "", top.problems());
		if (fields == null) {
			return null;
		}
		String id = fields.id("id", true);
		if (id == null) {
			return null;
		}
		fields = fields.forStep(id);
		if (RESERVED_STEP_IDS.contains(id)) {
			fields.malformed("'" + id + "' cannot be a step id: its message keys would clash with the flow's.",
					"Choose another id.");
		}
		String kind = fields.string("kind", true);
		LocalDate sourceDate = fields.date("source-date");
		if (kind == null) {
			return null;
		}
		LocalDate date = sourceDate == null ? LocalDate.EPOCH : sourceDate;
		if (fields.flag(ABOUT_USER)) {
			userSteps.add(id);
		}
		return switch (kind) {
			case "question" -> question(flowId, id, date, fields);
			case "action" -> action(flowId, id, date, fields);
			case "outcome" -> outcome(flowId, id, date, fields);
			default -> {
				fields.malformed("Unknown step kind '" + kind + "'.", "Use question, action or outcome.");
				yield null;
			}
		};
	}

	private Step question(String flowId, String id, LocalDate date, Fields fields) {
		fields.allowOnly(Set.of("id", "kind", "source-date", "answers", CheckNames.CHECKS, ABOUT_USER),
				"a question step");
		List<Answer> answers = parts.answers(flowId, id, fields);
		if (answers.size() < 2) {
			fields.malformed("A question needs at least two answers.", "Add answers, or make the step an action.");
		}
		return new QuestionStep(flowId, id, date, answers, CheckNames.checks(fields, answers));
	}

	private Step action(String flowId, String id, LocalDate date, Fields fields) {
		fields.allowOnly(Set.of("id", "kind", "source-date", "instructions", "wait", "solved", "not-solved", "done",
				"answers", CheckNames.CHECKS, ABOUT_USER), "an action step");
		List<Instruction> instructions = parts.instructions(flowId, id, fields);
		if (instructions.isEmpty()) {
			fields.malformed("An action needs at least one instruction.", "Add 'instructions:'.");
		}
		List<Answer> answers = new ArrayList<>();
		boolean checks = fields.has(ActionStep.SOLVED) || fields.has(ActionStep.NOT_SOLVED);
		if (checks) {
			parts.standardAnswer(flowId, ActionStep.SOLVED, fields, answers);
			parts.standardAnswer(flowId, ActionStep.NOT_SOLVED, fields, answers);
			if (fields.has(ActionStep.DONE)) {
				fields.malformed("The action has both 'solved'/'not-solved' and 'done'.",
						"Use 'solved' and 'not-solved' to ask whether it helped, or 'done' to go on.");
			}
		}
		else if (fields.has(ActionStep.DONE)) {
			parts.standardAnswer(flowId, ActionStep.DONE, fields, answers);
		}
		else if (fields.list("answers").isEmpty()) {
			fields.malformed("The action does not say where to go next.",
					"Add 'solved:' and 'not-solved:' targets, a 'done:' target, or 'answers:'.");
		}
		answers.addAll(parts.answers(flowId, id, fields));
		return new ActionStep(flowId, id, date, instructions, parts.waitOf(fields), answers,
				CheckNames.checks(fields, answers));
	}

	private Step outcome(String flowId, String id, LocalDate date, Fields fields) {
		fields.allowOnly(Set.of("id", "kind", "source-date", "result", "instructions", CheckNames.CHECKS, ABOUT_USER),
				"an outcome step");
		String result = fields.string("result", true);
		OutcomeKind kind = OutcomeKind.RESOLVED;
		if (result != null) {
			try {
				kind = OutcomeKind.valueOf(result.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				fields.malformed("Unknown result '" + result + "'.", "Use 'resolved' or 'escalate'.");
			}
		}
		return new OutcomeStep(flowId, id, date, kind, parts.instructions(flowId, id, fields),
				CheckNames.checks(fields, List.of()));
	}

}
