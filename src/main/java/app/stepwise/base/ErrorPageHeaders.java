package app.stepwise.base;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers of the error pages. An error can be reported before or outside Spring
 * Security's filters (e.g. a request the server rejects while reading it), so the pages
 * set them themselves: those of every response ({@link SecurityHeaders}), and a policy
 * stricter than the application pages' one, since an error page runs no script and loads
 * nothing. An error page is never cached, whatever the request asked for.
 */
final class ErrorPageHeaders {

	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'none'", "style-src 'unsafe-inline'",
			"base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'");

	private ErrorPageHeaders() {
	}

	static void apply(HttpServletResponse response) {
		SecurityHeaders.EVERY_RESPONSE.forEach(response::setHeader);
		response.setHeader(SecurityHeaders.CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY);
	}

}
