package app.stepwise.flow;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The message keys a flow needs, each with the step that needs it (empty for the flow
 * itself).
 */
public final class FlowMessageKeys {

	private FlowMessageKeys() {
	}

	/** Every key the flow's screens show, mapped to the id of the step that shows it. */
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
