package app.stepwise.flow;

import java.util.List;
import java.util.Map;

/**
 * One choice on a step: the text to show, where it leads, the facts it establishes, when
 * it is offered at all, and what a tenant check may find that suggests it.
 *
 * @param suggestedBy the signals of the step's checks that suggest this answer (the
 * operator still chooses)
 */
public record Answer(String id, String labelKey, Target target, Map<Fact, Boolean> sets, Guard when,
		List<CheckSignal> suggestedBy) {

	public Answer {
		sets = Map.copyOf(sets);
		suggestedBy = List.copyOf(suggestedBy);
	}
}
