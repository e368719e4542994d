package app.stepwise.runs;

/** How a saved run ended, as {@code flow_run.outcome} keeps it. */
public enum RunEnd {

	RESOLVED, ESCALATED, ABANDONED;

	/** The message key of its name in lists. */
	public String messageKey() {
		return "ui.runs.end." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
