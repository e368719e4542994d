package app.stepwise.tenant.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A request to Microsoft that did not give data, sorted by what the person can do about
 * it. The message is for the log and holds Microsoft's error code, never a token or a
 * secret.
 */
final class GraphFailure extends Exception {

	/** What went wrong. */
	enum Kind {

		/** 401/403: the app lacks a permission (or consent). */
		NOT_PERMITTED,
		/** 403 because the tenant lacks a licence (Entra ID P1/P2). */
		NEEDS_LICENCE,
		/** 404: no such thing. */
		NOT_FOUND,
		/** 429 or 503 with a wait longer than Stepwise waits. */
		THROTTLED,
		/** No answer in time. */
		TIMEOUT,
		/** Microsoft answered with a server error, or could not be reached. */
		UNAVAILABLE,
		/**
		 * Microsoft Entra ID did not issue a token (wrong secret, app not consented...).
		 */
		TOKEN_REFUSED,
		/** An answer Stepwise does not understand. */
		UNEXPECTED

	}

	private final Kind kind;

	private final String code;

	private final @Nullable Duration retryAfter;

	GraphFailure(Kind kind, String code, @Nullable Duration retryAfter) {
		super(kind + (code.isEmpty() ? "" : " (" + code + ")"), null, false, false);
		this.kind = kind;
		this.code = code;
		this.retryAfter = retryAfter;
	}

	GraphFailure(Kind kind, String code) {
		this(kind, code, null);
	}

	Kind kind() {
		return kind;
	}

	/** Microsoft's error code, e.g. {@code Authorization_RequestDenied}, or empty. */
	String code() {
		return code;
	}

	/** For {@link Kind#THROTTLED}: how long Microsoft asked to wait, if it said. */
	@Nullable Duration retryAfter() {
		return retryAfter;
	}

}
