package app.stepwise.escalation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a valid change of a request's status looks like: another status, or a comment
 * under the same one, and a comment of a sensible length. The status change form shows
 * these problems; the service refuses a change that has any.
 */
public final class StatusChangeRules {

	public static final int MAX_COMMENT = 1000;

	public static final String NOTHING_TO_CHANGE = "ui.support.detail.change.nothing";

	private StatusChangeRules() {
	}

	/** Every problem of changing a request from one status to another with a comment. */
	public static List<InputProblem> check(RequestStatus from, RequestStatus to, String comment) {
		List<InputProblem> problems = new ArrayList<>();
		String text = comment.strip();
		if (to == from && text.isEmpty()) {
			problems.add(new InputProblem(RequestField.STATUS, NOTHING_TO_CHANGE, Map.of()));
		}
		RequestRules.tooLong(RequestField.COMMENT, text, MAX_COMMENT).ifPresent(problems::add);
		return problems;
	}

}
