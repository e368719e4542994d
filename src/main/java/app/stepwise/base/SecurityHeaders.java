package app.stepwise.base;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers of Stepwise's responses, defined once: the headers every response
 * carries with the same value, and the Content-Security-Policy of the application's pages
 * (with a nonce of each response's own). Spring Security writes them on every request
 * (see {@code app.stepwise.security}); the error pages set them themselves, with a
 * stricter policy ({@link ErrorPageHeaders}), since an error can be reported outside
 * Spring Security's filters. The README lists them and says why.
 */
public final class SecurityHeaders {

	public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

	public static final String CACHE_CONTROL = "Cache-Control";

	/**
	 * Headers with one value on every response, in the order they are written. The
	 * handler of a static file (a stylesheet, a script of the frontend bundle) replaces
	 * {@code Cache-Control} with its own; nothing else changes them.
	 */
	public static final Map<String, String> EVERY_RESPONSE = ordered("X-Content-Type-Options", "nosniff",
			"X-Frame-Options", "DENY", "Referrer-Policy", "same-origin", "Permissions-Policy",
			"camera=(), microphone=(), geolocation=(), payment=(), usb=()", "X-XSS-Protection", "0", CACHE_CONTROL,
			"no-cache, no-store, max-age=0, must-revalidate");

	private SecurityHeaders() {
	}

	/**
	 * The policy of the application's pages, for a response's nonce. A script runs only
	 * if it comes from Stepwise itself or carries the nonce. Vaadin needs
	 * {@code 'unsafe-eval'} (its client runs the JavaScript the server sends with
	 * {@code new Function}) and inline styles. Nothing is loaded from other sites, and no
	 * site may frame Stepwise.
	 */
	public static String pagePolicy(String nonce) {
		return String.join("; ", "default-src 'self'", "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'",
				"style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "font-src 'self' data:",
				"connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
				"frame-ancestors 'none'");
	}

	/**
	 * The policy of an answer that is data, never a page (Vaadin's answer to a click, a
	 * heartbeat): opened as a document, it may load and run nothing and be framed by no
	 * site. It needs no nonce, so none is made for the answers a session sends most.
	 */
	public static final String DATA_POLICY = String.join("; ", "default-src 'none'", "base-uri 'none'",
			"form-action 'none'", "frame-ancestors 'none'");

	private static Map<String, String> ordered(String... namesAndValues) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			headers.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return Collections.unmodifiableMap(headers);
	}

}
