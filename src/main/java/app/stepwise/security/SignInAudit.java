package app.stepwise.security;

import app.stepwise.base.AuditEvent;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Turns Spring Security's sign-in, failed sign-in and sign-out events into
 * {@link AuditEvent}s: who (the user name, or the name typed for a failed sign-in), what,
 * when, and how and from where.
 */
@Component
class SignInAudit {

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SignInAudit(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		publish(AuditEvent.SIGN_IN, event.getAuthentication().getName(), how(event.getAuthentication()));
	}

	@EventListener
	void signInFailed(AbstractAuthenticationFailureEvent event) {
		if (event.getException() instanceof ProviderNotFoundException) {
			// A way of signing in that is not set up was asked about, e.g. by the OpenID
			// Connect sign-in falling back to Spring's default; the real outcome follows.
			return;
		}
		Authentication attempt = event.getAuthentication();
		String actor = attempt.getName();
		String reason = event.getException().getClass().getSimpleName();
		if (event.getException() instanceof OidcUsers.NoRoleException noRole) {
			actor = noRole.account();
		}
		if (event.getException() instanceof OAuth2AuthenticationException oauth) {
			reason = oauth.getError().getErrorCode();
		}
		publish(AuditEvent.SIGN_IN_FAILED, actor, how(attempt) + ": " + reason);
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		publish(AuditEvent.SIGN_OUT, event.getAuthentication().getName(), how(event.getAuthentication()));
	}

	private void publish(String action, String actor, String detail) {
		events.publishEvent(new AuditEvent(action, actor == null || actor.isBlank() ? "anonymous" : actor, detail,
				clock.instant()));
	}

	private static String how(Authentication authentication) {
		String method = authentication instanceof OAuth2LoginAuthenticationToken
				|| authentication.getClass().getSimpleName().startsWith("OAuth2") ? "oidc" : "form";
		if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
			return method + " from " + details.getRemoteAddress();
		}
		return method;
	}

}
