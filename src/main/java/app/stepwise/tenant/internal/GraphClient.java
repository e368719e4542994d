package app.stepwise.tenant.internal;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Microsoft Graph v1.0 for one tenant. It can only read: its one way to send a
 * request is {@code GET} (and the {@link RestClient} it is given refuses anything else,
 * see {@link GraphHttp}). It bounds everything: the size of an answer, the pages it
 * follows, the time it waits.
 *
 * <ul>
 * <li>401: the token is dropped and the request tried once more with a new one; then it
 * is a missing permission.</li>
 * <li>403: a missing permission, or a missing licence when Microsoft says so
 * ({@code Authentication_RequestFromNonPremiumTenantOrB2CTenant} for sign-in logs without
 * Entra ID P1, "not licensed" for Identity Protection without P2).</li>
 * <li>429 and 503: waited for when {@code Retry-After} asks for no more than
 * {@code maxRetryWait}, at most twice; otherwise reported as throttled.</li>
 * <li>{@code @odata.nextLink} is followed only within the tenant's Graph, so a token is
 * never sent elsewhere.</li>
 * </ul>
 */
final class GraphClient {

	/**
	 * The largest answer read; Graph's pages of what Stepwise asks for are far smaller.
	 */
	static final int MAX_BODY = 2 * 1024 * 1024;

	/** The most pages one list follows. */
	static final int MAX_PAGES = 5;

	private static final Pattern NOT_LICENSED = Pattern.compile("(?i)not licensed|premium licen");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI v1;

	private final TokenSource tokens;

	private final RestClient http;

	private final Duration maxRetryWait;

	GraphClient(URI v1, TokenSource tokens, RestClient http, Duration maxRetryWait) {
		this.v1 = v1;
		this.tokens = tokens;
		this.http = http;
		this.maxRetryWait = maxRetryWait;
	}

	/** One resource: {@code path} is relative to Graph v1.0 and already encoded. */
	JsonNode get(String path) throws GraphFailure {
		return get(URI.create(v1 + path), Map.of());
	}

	/** One resource, with extra request headers (e.g. {@code ConsistencyLevel}). */
	JsonNode get(String path, Map<String, String> headers) throws GraphFailure {
		return get(URI.create(v1 + path), headers);
	}

	/** A collection's items, following {@code @odata.nextLink} up to {@code maxItems}. */
	Page list(String path, int maxItems) throws GraphFailure {
		List<JsonNode> items = new ArrayList<>();
		URI next = URI.create(v1 + path);
		for (int page = 0; page < MAX_PAGES; page++) {
			JsonNode body = get(next, Map.of());
			for (JsonNode item : body.path("value").values()) {
				if (items.size() == maxItems) {
					return new Page(items, true);
				}
				items.add(item);
			}
			JsonNode link = body.path("@odata.nextLink");
			if (!link.isString()) {
				return new Page(items, false);
			}
			// Only within the tenant's Graph: the request carries the tenant's token.
			if (!link.stringValue().startsWith(v1 + "/")) {
				return new Page(items, true);
			}
			next = URI.create(link.stringValue());
		}
		return new Page(items, true);
	}

	/** Items of a collection, and whether there were more than were read. */
	record Page(List<JsonNode> items, boolean more) {
	}

	private JsonNode get(URI uri, Map<String, String> headers) throws GraphFailure {
		boolean renewed = false;
		int waits = 0;
		while (true) {
			Answer answer = send(uri, headers);
			int status = answer.status();
			if (status == 200) {
				return parse(answer.body());
			}
			if (status == 401 && !renewed) {
				tokens.forget();
				renewed = true;
				continue;
			}
			if ((status == 429 || status == 503) && answer.retryAfter() != null
					&& answer.retryAfter().compareTo(maxRetryWait) <= 0 && waits < 2) {
				pause(answer.retryAfter());
				waits++;
				continue;
			}
			throw failure(answer);
		}
	}

	private Answer send(URI uri, Map<String, String> headers) throws GraphFailure {
		String token = tokens.token();
		try {
			return http.get().uri(uri).headers(h -> {
				h.setBearerAuth(token);
				h.setAccept(List.of(MediaType.APPLICATION_JSON));
				headers.forEach(h::set);
			}).exchange((request, response) -> {
				byte[] body;
				try (InputStream in = response.getBody()) {
					body = in.readNBytes(MAX_BODY + 1);
				}
				return new Answer(response.getStatusCode().value(), RetryAfter.of(response.getHeaders()), body);
			}, true);
		}
		catch (ResourceAccessException ex) {
			throw new GraphFailure(isTimeout(ex) ? GraphFailure.Kind.TIMEOUT : GraphFailure.Kind.UNAVAILABLE, "");
		}
		catch (RestClientException ex) {
			throw new GraphFailure(GraphFailure.Kind.UNEXPECTED, "");
		}
	}

	private record Answer(int status, @Nullable Duration retryAfter, byte[] body) {
	}

	private static boolean isTimeout(ResourceAccessException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof HttpTimeoutException || cause instanceof java.net.SocketTimeoutException) {
				return true;
			}
		}
		return false;
	}

	private static JsonNode parse(byte[] body) throws GraphFailure {
		if (body.length > MAX_BODY) {
			throw new GraphFailure(GraphFailure.Kind.UNEXPECTED, "answer too large");
		}
		try {
			JsonNode node = JSON.readTree(body);
			if (node == null || !node.isObject()) {
				throw new GraphFailure(GraphFailure.Kind.UNEXPECTED, "not a JSON object");
			}
			return node;
		}
		catch (JacksonException ex) {
			throw new GraphFailure(GraphFailure.Kind.UNEXPECTED, "not JSON");
		}
	}

	private static GraphFailure failure(Answer answer) {
		String code = "";
		String message = "";
		try {
			JsonNode error = answer.body().length > MAX_BODY ? null : JSON.readTree(answer.body()).path("error");
			if (error != null) {
				code = error.path("code").asString("");
				message = error.path("message").asString("");
			}
		}
		catch (JacksonException ex) {
			// A body that is no Graph error: the status alone decides.
		}
		code = code.length() > 100 ? code.substring(0, 100) : code;
		return switch (answer.status()) {
			case 401 -> new GraphFailure(GraphFailure.Kind.NOT_PERMITTED, code);
			case 403 -> new GraphFailure("Authentication_RequestFromNonPremiumTenantOrB2CTenant".equals(code)
					|| NOT_LICENSED.matcher(message).find() ? GraphFailure.Kind.NEEDS_LICENCE
							: GraphFailure.Kind.NOT_PERMITTED,
					code);
			case 404 -> new GraphFailure(GraphFailure.Kind.NOT_FOUND, code);
			case 429 -> new GraphFailure(GraphFailure.Kind.THROTTLED, code, answer.retryAfter());
			default ->
				new GraphFailure(answer.status() >= 500 ? GraphFailure.Kind.UNAVAILABLE : GraphFailure.Kind.UNEXPECTED,
						code.isEmpty() ? "HTTP " + answer.status() : code);
		};
	}

	private static void pause(Duration wait) throws GraphFailure {
		try {
			Thread.sleep(wait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new GraphFailure(GraphFailure.Kind.UNAVAILABLE, "interrupted");
		}
	}

}
