package app.stepwise.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a tampered address from failing the page. When a browser opens Stepwise, Vaadin's
 * client sends the address's query string to the server, which decodes it; a malformed
 * percent-escape there (e.g. {@code ?lang=%ZZ}, typed or crafted) would fail the request
 * with a server error. This filter drops the parameters that cannot be decoded, so the
 * screen opens without them. It runs after the filter that sets the request's character
 * encoding.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class AddressGuard extends OncePerRequestFilter {

	/** Vaadin's parameter that marks the request that starts a page. */
	static final String REQUEST_TYPE = "v-r";

	/** The parameter that carries the page address's query string. */
	static final String QUERY = "query";

	/** The query string part that marks a page-start request. */
	private static final String INIT = REQUEST_TYPE + "=init";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// Reading parameters would parse a form body before its character
		// encoding is set, so only the query string is looked at, and only
		// for page-start requests.
		String query = request.getQueryString();
		return !"GET".equals(request.getMethod()) || query == null
				|| Arrays.stream(query.split("&")).noneMatch(INIT::equals);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getParameter(QUERY);
		if (query == null) {
			chain.doFilter(request, response);
			return;
		}
		String clean = decodableParts(query);
		chain.doFilter(query.equals(clean) ? request : new ReplacedParameter(request, QUERY, clean), response);
	}

	/** The query string without the parameters that cannot be percent-decoded. */
	static String decodableParts(String query) {
		return Arrays.stream(query.split("&")).filter(AddressGuard::decodable).collect(Collectors.joining("&"));
	}

	private static boolean decodable(String part) {
		try {
			URLDecoder.decode(part, StandardCharsets.UTF_8);
			return true;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	/** The request with one parameter's value replaced. */
	private static final class ReplacedParameter extends HttpServletRequestWrapper {

		private final String name;

		private final String value;

		ReplacedParameter(HttpServletRequest request, String name, String value) {
			super(request);
			this.name = name;
			this.value = value;
		}

		@Override
		public @Nullable String getParameter(String parameter) {
			return name.equals(parameter) ? value : super.getParameter(parameter);
		}

		@Override
		public String @Nullable [] getParameterValues(String parameter) {
			return name.equals(parameter) ? new String[] { value } : super.getParameterValues(parameter);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
			parameters.put(name, new String[] { value });
			return parameters;
		}

	}

}
