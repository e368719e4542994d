package app.stepwise.base;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers for error pages. An error can happen before or outside Spring
 * Security's filters (e.g. a request the server rejects while reading it), so the pages
 * set the headers themselves where they are missing. The pages run no script and load
 * nothing, so their policy allows nothing but their inline style.
 */
final class ErrorPageHeaders {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none';"
			+ " form-action 'none'; frame-ancestors 'none'";

	private ErrorPageHeaders() {
	}

	static void apply(HttpServletResponse response) {
		setIfMissing(response, "Content-Security-Policy", CONTENT_SECURITY_POLICY);
		setIfMissing(response, "X-Content-Type-Options", "nosniff");
		setIfMissing(response, "X-Frame-Options", "DENY");
		setIfMissing(response, "Referrer-Policy", "same-origin");
		setIfMissing(response, "Cache-Control", "no-store");
	}

	private static void setIfMissing(HttpServletResponse response, String name, String value) {
		if (!response.containsHeader(name)) {
			response.setHeader(name, value);
		}
	}

}
