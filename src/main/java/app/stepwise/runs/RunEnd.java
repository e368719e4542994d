package app.stepwise.runs;

/** How a saved run ended, as {@code flow_run.outcome} keeps it. */
public enum RunEnd {

	RESOLVED, ESCALATED, ABANDONED;

	/** The message key of its name in lists. */
	public String messageKey() {
		return switch (this) {
			case RESOLVED -> "ui.runs.end.resolved";
			case ESCALATED -> "ui.runs.end.escalated";
			case ABANDONED -> "ui.runs.end.abandoned";
		};
	}

}
