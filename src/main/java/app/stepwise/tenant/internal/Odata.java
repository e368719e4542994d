package app.stepwise.tenant.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Building OData query values for Graph addresses. */
final class Odata {

	private Odata() {
	}

	/** A value percent-encoded for the query string (spaces as {@code %20}). */
	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** Text as an OData string literal's content: a single quote is doubled. */
	static String literal(String text) {
		return text.replace("'", "''");
	}

}
