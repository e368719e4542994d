package app.stepwise.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the sign-in form's processing: a user name that {@link SignInThrottle}
 * refuses is turned away without its password being checked, the way a failed sign-in is
 * (back to the sign-in screen, which says why), and the refusal is published as a failed
 * sign-in for the audit log.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	private final ApplicationEventPublisher events;

	private final AuthenticationFailureHandler failure;

	private final RequestMatcher signIn;

	SignInThrottleFilter(SignInThrottle throttle, ApplicationEventPublisher events, String signInPath,
			AuthenticationFailureHandler failure) {
		this.throttle = throttle;
		this.events = events;
		this.failure = failure;
		this.signIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, signInPath);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (signIn.matches(request)) {
			String username = request.getParameter("username");
			Optional<Duration> refused = throttle.refusedFor(username);
			if (refused.isPresent()) {
				SignInThrottle.ThrottledException refusal = throttle.refusal(refused.get());
				UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken
					.unauthenticated(username, null);
				attempt.setDetails(new WebAuthenticationDetails(request));
				events.publishEvent(new AuthenticationFailureLockedEvent(attempt, refusal));
				failure.onAuthenticationFailure(request, response, refusal);
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
