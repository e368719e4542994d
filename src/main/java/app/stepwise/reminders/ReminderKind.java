package app.stepwise.reminders;

/** Which end of a wait a reminder comes at. */
public enum ReminderKind {

	/** When the usual wait is over. */
	USUAL,
	/** When the longest wait is over. */
	LATEST

}
