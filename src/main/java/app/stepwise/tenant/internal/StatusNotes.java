package app.stepwise.tenant.internal;

import app.stepwise.tenant.CheckStatus;
import app.stepwise.tenant.Finding;

/**
 * What a person is told when a check gives no facts, from what went wrong: which
 * permission to grant, which licence is missing, or that it could not run and why.
 */
final class StatusNotes {

	private StatusNotes() {
	}

	/** A status and its note. */
	record Noted(CheckStatus status, Finding note) {
	}

	static Noted notPermitted(String permission) {
		return new Noted(CheckStatus.NOT_PERMITTED,
				Finding.of("ui.tenant.status.not-permitted", "permission", permission));
	}

	static Noted userNotFound(String user) {
		return new Noted(CheckStatus.NOT_FOUND, Finding.of("ui.tenant.status.user-not-found", "user", user));
	}

	static Noted notInCloud() {
		return new Noted(CheckStatus.NOT_IN_CLOUD, Finding.of("ui.tenant.status.not-in-cloud"));
	}

	/**
	 * The note for a failure of a check that needs {@code permission} (and
	 * {@code licence}, if not null), about {@code user}.
	 */
	static Noted of(GraphFailure failure, String permission, String licence, String user) {
		return switch (failure.kind()) {
			case NOT_PERMITTED -> notPermitted(permission);
			case NEEDS_LICENCE ->
				new Noted(CheckStatus.NEEDS_LICENCE, Finding.of("ui.tenant.status.needs-licence", "licence", licence));
			case NOT_FOUND -> userNotFound(user);
			case THROTTLED -> couldNotRun(Finding.of("ui.tenant.status.throttled", "seconds",
					failure.retryAfter() == null ? 0 : Math.max(1, failure.retryAfter().toSeconds())));
			case TIMEOUT -> couldNotRun(Finding.of("ui.tenant.status.timeout"));
			case UNAVAILABLE -> couldNotRun(Finding.of("ui.tenant.status.unavailable"));
			case TOKEN_REFUSED ->
				couldNotRun(Finding.of("ui.tenant.status.token-refused", "code", GraphText.clean(failure.code(), 40)));
			case UNEXPECTED -> couldNotRun(Finding.of("ui.tenant.status.unexpected"));
		};
	}

	/** A check that did not finish in the time a step allows. */
	static Noted tooSlow() {
		return couldNotRun(Finding.of("ui.tenant.status.timeout"));
	}

	private static Noted couldNotRun(Finding why) {
		return new Noted(CheckStatus.COULD_NOT_RUN, why);
	}

}
