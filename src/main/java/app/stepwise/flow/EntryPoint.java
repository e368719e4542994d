package app.stepwise.flow;

import java.util.List;

/**
 * A problem as the start page offers it, in plain words. It starts a flow, possibly with
 * the first answers already given (choosing "a user can't send email" on the start page
 * answers the flow's first question).
 */
public record EntryPoint(String flowId, String id, List<String> presetAnswers) {

	public EntryPoint {
		presetAnswers = List.copyOf(presetAnswers);
	}

	public String titleKey() {
		return "flow." + flowId + ".entry." + id + ".title";
	}

	public String summaryKey() {
		return "flow." + flowId + ".entry." + id + ".summary";
	}
}
