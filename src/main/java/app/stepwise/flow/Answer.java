package app.stepwise.flow;

import java.util.Map;

/**
 * One choice on a step: the text to show, where it leads, the facts it establishes and
 * when it is offered at all.
 */
public record Answer(String id, String labelKey, Target target, Map<Fact, Boolean> sets, Guard when) {

	public Answer {
		sets = Map.copyOf(sets);
	}
}
