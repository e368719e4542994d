package app.stepwise.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Remembers the language an address names ({@code ?lang=}) for the rest of the visit, on
 * every page request and before the security filters look at it. Someone not signed in
 * who opens {@code /flow/unlock-account?lang=sl} is sent to the sign-in screen at
 * {@code /login}, without the query: the language must already be in the HTTP session by
 * then, so that the sign-in screen, and the address replayed after signing in, are in the
 * link's language. {@link LanguageSetup} reads it from there.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class AddressLanguageFilter extends OncePerRequestFilter {

	private final LanguageResolver resolver;

	AddressLanguageFilter(LanguageResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// Only an address's query is read: parameters of a form's body are never parsed
		// here.
		String query = request.getQueryString();
		return !"GET".equals(request.getMethod()) || query == null || !query.contains(LanguageSetup.PARAMETER + "=");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		resolver.single(request.getParameter(LanguageSetup.PARAMETER))
			.ifPresent(locale -> request.getSession().setAttribute(LanguageSetup.FROM_ADDRESS, locale.toLanguageTag()));
		chain.doFilter(request, response);
	}

}
