package app.stepwise.base;

import java.time.Instant;

/**
 * A security-relevant action, for the audit log: who did what, when. Any feature
 * publishes one as a Spring event; the audit log records it.
 *
 * @param action what happened, e.g. {@code sign-in}, {@code request-filed}
 * @param actor who did it: a user name, or {@code anonymous}
 * @param detail what it concerned, e.g. a request reference; never a password or personal
 * message
 * @param at when it happened
 */
public record AuditEvent(String action, String actor, String detail, Instant at) {

	public static final String SIGN_IN = "sign-in";

	public static final String SIGN_IN_FAILED = "sign-in-failed";

	public static final String SIGN_OUT = "sign-out";

	public static final String REQUEST_FILED = "request-filed";

	public static final String STATUS_CHANGED = "status-changed";

	public static final String EXPORT = "export";

	public static final String ACCESS_DENIED = "access-denied";

	/** A user name was refused for a while after too many failed sign-ins. */
	public static final String SIGN_IN_LOCKED = "sign-in-locked";

	/** Support staff sent a notification that had been given up again. */
	public static final String NOTIFICATION_SENT_AGAIN = "notification-sent-again";

	/**
	 * Someone ran checks against a tenant: who, which tenant, which user, which checks.
	 */
	public static final String TENANT_CHECK = "tenant-check";

	/** Someone searched a tenant's users by the start of a name. */
	public static final String TENANT_USER_SEARCH = "tenant-user-search";

}
