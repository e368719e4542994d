package app.stepwise.flow;

/**
 * One thing wrong with a flow file: where it is, what is wrong and how to fix it.
 *
 * @param file the flow file, as found on the class path
 * @param stepId the step concerned, or empty for the file as a whole
 */
public record FlowProblem(String file, String stepId, Kind kind, String message, String fix) {

	/** The kinds of problem the validator finds. */
	public enum Kind {

		MALFORMED, UNKNOWN_TARGET, DUPLICATE_ID, UNREACHABLE_STEP, NO_OUTCOME, UNKNOWN_CONDITION, UNSAFE_LINK,
		MISSING_MESSAGE, UNKNOWN_CHECK, USER_NOT_ASKED

	}

	@Override
	public String toString() {
		String where = stepId.isEmpty() ? file : file + ", step '" + stepId + "'";
		return where + ": " + message + " Fix: " + fix;
	}
}
