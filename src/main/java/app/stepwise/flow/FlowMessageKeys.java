package app.stepwise.flow;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The message keys of flows: how each is named, and every key a flow needs. Everything
 * that names a flow's or a step's text by its ids asks here, so that the scheme lives in
 * one place.
 */
public final class FlowMessageKeys {

	private static final String PREFIX = "flow.";

	private FlowMessageKeys() {
	}

	/** The key of a flow's name: {@code flow.<flow>.title}. */
	public static String flowTitle(String flowId) {
		return PREFIX + flowId + ".title";
	}

	/** The key of a step's title: {@code flow.<flow>.<step>.title}. */
	public static String stepTitle(String flowId, String stepId) {
		return PREFIX + flowId + "." + stepId + ".title";
	}

	/** The key of a step's body text: {@code flow.<flow>.<step>.body}. */
	public static String stepBody(String flowId, String stepId) {
		return PREFIX + flowId + "." + stepId + ".body";
	}

	/** The key of an answer's label: {@code flow.<flow>.<step>.answer.<answer>}. */
	public static String answer(String flowId, String stepId, String answerId) {
		return PREFIX + flowId + "." + stepId + ".answer." + answerId;
	}

	/**
	 * The key of an instruction's text:
	 * {@code flow.<flow>.<step>.instruction.<instruction>}.
	 */
	public static String instruction(String flowId, String stepId, String instructionId) {
		return PREFIX + flowId + "." + stepId + ".instruction." + instructionId;
	}

	/**
	 * Every key the flow's screens show, mapped to the id of the step that shows it
	 * (empty for the flow itself).
	 */
	public static Map<String, String> of(FlowDefinition flow) {
		Map<String, String> keys = new LinkedHashMap<>();
		keys.put(flow.titleKey(), "");
		for (EntryPoint entry : flow.entries()) {
			keys.put(entry.titleKey(), "");
			keys.put(entry.summaryKey(), "");
		}
		for (Step step : flow.steps()) {
			keys.put(step.titleKey(), step.id());
			keys.put(step.bodyKey(), step.id());
			step.answers().forEach(a -> keys.put(a.labelKey(), step.id()));
			var instructions = switch (step) {
				case ActionStep a -> a.instructions();
				case OutcomeStep o -> o.instructions();
				case QuestionStep q -> java.util.List.<Instruction>of();
			};
			for (Instruction instruction : instructions) {
				keys.put(instruction.textKey(), step.id());
				if (instruction.link() != null) {
					keys.put(instruction.link().labelKey(), step.id());
				}
			}
		}
		return keys;
	}

}
