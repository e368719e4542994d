package app.stepwise.escalation;

/**
 * Someone else changed the request since it was read; the change was not made, so that
 * nobody overwrites what they have not seen.
 */
public class ConcurrentChangeException extends RuntimeException {

	public ConcurrentChangeException(String reference) {
		super("Support request " + reference + " was changed meanwhile");
	}

}
