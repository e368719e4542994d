package app.stepwise.flow;

/** How a run ends. */
public enum OutcomeKind {

	/** The problem is solved: a support ticket avoided. */
	RESOLVED,
	/** The steps did not solve it: hand over to people. */
	ESCALATE

}
