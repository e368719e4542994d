package app.stepwise.escalation;

import org.jspecify.annotations.Nullable;

/**
 * Who files a request.
 *
 * @param principal the signed-in user name, or null when nobody is signed in
 * @param name the name to show: the one typed, or the user name
 */
public record Operator(@Nullable String principal, String name) {

	/** The actor for the audit log. */
	public static final String ANONYMOUS = "anonymous";

	/** The audit log's actor: the user name, or {@value #ANONYMOUS}. */
	public String actor() {
		return actor(principal);
	}

	/** The audit log's actor for a user name that may be missing. */
	public static String actor(@Nullable String principal) {
		return principal == null || principal.isBlank() ? ANONYMOUS : principal;
	}

}
