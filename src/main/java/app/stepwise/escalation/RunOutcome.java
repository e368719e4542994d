package app.stepwise.escalation;

/** How a recorded run ended. */
public enum RunOutcome {

	/** Solved by the steps: a support ticket avoided. */
	RESOLVED,
	/** Reached an escalate outcome. */
	ESCALATED,
	/** Left before reaching an outcome. */
	ABANDONED

}
