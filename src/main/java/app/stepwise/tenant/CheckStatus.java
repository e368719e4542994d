package app.stepwise.tenant;

/**
 * How a check went. Only {@link #OK} has facts; every other status comes with a note
 * saying what to do (grant which permission, which licence is missing, check again).
 */
public enum CheckStatus {

	/** The check ran; its facts are what the tenant says. */
	OK,

	/** The app lacks the application permission the check needs. */
	NOT_PERMITTED,

	/** The tenant lacks the licence the data needs (e.g. Microsoft Entra ID P1 or P2). */
	NEEDS_LICENCE,

	/** The tenant has no such user. */
	NOT_FOUND,

	/** Microsoft offers this data only in other clouds than the tenant's. */
	NOT_IN_CLOUD,

	/**
	 * Throttled, timed out, unavailable or refused: nothing is known, check again later.
	 */
	COULD_NOT_RUN

}
