package app.stepwise.insight.map;

/** The numbers a map shows on its edges and steps. */
public interface MapCounts {

	/** Runs that gave the answer at the step. */
	long taken(String stepId, String answerId);

	/** Runs that ended at the step: reached it as an outcome, or were left there. */
	long stoppedAt(String stepId);

}
