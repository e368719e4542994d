package app.stepwise.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;

/**
 * Why a sign-in failed, as far as the person may be told. The form never says whether the
 * user name or the password was wrong.
 */
public enum SignInProblem {

	/** Wrong credentials, or the identity provider refused. */
	FAILED,

	/** Signed in with OpenID Connect, but the account has no Stepwise role. */
	NO_ROLE,

	/** Too many failed sign-ins in a row for the user name: refused for a while. */
	THROTTLED;

	/** Where Spring Security keeps the last sign-in failure in the session. */
	public static final String SESSION_ATTRIBUTE = WebAttributes.AUTHENTICATION_EXCEPTION;

	/** The problem a stored sign-in failure stands for. */
	public static SignInProblem of(@Nullable Object failure) {
		if (failure instanceof SignInThrottle.ThrottledException) {
			return THROTTLED;
		}
		if (failure instanceof OAuth2AuthenticationException e
				&& OidcUsers.NO_ROLE.equals(e.getError().getErrorCode())) {
			return NO_ROLE;
		}
		return FAILED;
	}

}
