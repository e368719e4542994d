package app.stepwise;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A minimal HTTP/1.1 client for tests against the running application, over a plain
 * socket: it sends the request target exactly as given (bad percent-encoding, raw bytes
 * and all, which ordinary clients refuse to send), keeps cookies per host, and never
 * follows redirects on its own.
 */
public final class WebClient {

	private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");

	private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final URI base;

	private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();

	private final Map<String, String> headers = new LinkedHashMap<>();

	public WebClient(String base) {
		this.base = URI.create(base.endsWith("/") ? base : base + "/");
	}

	/** A response: status, headers (names in lower case) and body. */
	public record Response(int status, Map<String, List<String>> headers, byte[] bytes) {

		public Optional<String> header(String name) {
			List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
			return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
		}

		public String location() {
			return header("location").orElse("");
		}

		public String body() {
			return new String(bytes, StandardCharsets.UTF_8);
		}

		@Override
		public String toString() {
			String body = body();
			return status + " " + headers + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
		}

	}

	/** Sends this header with every request from now on. */
	public WebClient withHeader(String name, String value) {
		headers.put(name, value);
		return this;
	}

	/**
	 * GET of a path relative to the application root (as typed), of a path from the
	 * server's root (starting with {@code /}), or of an absolute URL.
	 */
	public Response get(String target) {
		return send("GET", target.getBytes(StandardCharsets.ISO_8859_1), null, null);
	}

	/** GET with a request target given as raw bytes, e.g. invalid UTF-8. */
	public Response getRaw(byte[] pathFromRoot) {
		return send("GET", pathFromRoot, null, null);
	}

	/** POST of a form. */
	public Response post(String target, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send("POST", target.getBytes(StandardCharsets.ISO_8859_1), "application/x-www-form-urlencoded",
				body.getBytes(StandardCharsets.UTF_8));
	}

	/** POST with an empty body, as Vaadin's heartbeat does. */
	public Response postEmpty(String target) {
		return send("POST", target.getBytes(StandardCharsets.ISO_8859_1), "text/plain", new byte[0]);
	}

	/** Follows redirects from a response, as a browser would, and returns the last. */
	public Response follow(Response response) {
		Response current = response;
		for (int i = 0; i < 10 && current.status() / 100 == 3; i++) {
			current = get(current.location());
		}
		return current;
	}

	/** Signs in with the form; returns the response to the form's submission. */
	public Response signIn(String username, String password) {
		get("login");
		return post("login", Map.of("username", username, "password", password));
	}

	/** The CSRF token a page of the application carries, for requests outside Vaadin. */
	public String csrfToken() {
		Matcher matcher = CSRF.matcher(get("").body());
		if (!matcher.find()) {
			throw new IllegalStateException("The page has no CSRF token");
		}
		return matcher.group(1);
	}

	/**
	 * Opens an address in a Vaadin UI as the browser does once the page is loaded: starts
	 * the UI, then sends the navigation event, on which the server checks access and
	 * shows the screen. The path and query are given as they stand in the address bar
	 * (percent-encoded); like the browser, this sends them on as they are. Returns the
	 * answer to the navigation (UIDL, JSON), or the failed start.
	 */
	public Response openUi(String location, String query) {
		Response init = startUi(location, query);
		Optional<Ui> ui = Ui.startedBy(init);
		return ui.isEmpty() ? init : uidl(ui.get(), ui.get().navigation(location, query));
	}

	/** The first step of {@link #openUi}: the request that starts a UI. */
	public Response startUi(String location, String query) {
		return get("?v-r=init&location=" + URLEncoder.encode(location, StandardCharsets.UTF_8) + "&query="
				+ URLEncoder.encode(query, StandardCharsets.UTF_8));
	}

	/** Sends a UIDL message (JSON) to a started UI; returns the server's answer. */
	public Response uidl(Ui ui, String message) {
		return send("POST", ("?v-r=uidl&v-uiId=" + ui.id()).getBytes(StandardCharsets.ISO_8859_1),
				"application/json; charset=UTF-8", message.getBytes(StandardCharsets.UTF_8));
	}

	/** A UI the server started: its id, and the key every message to it carries. */
	public record Ui(String id, String securityKey) {

		/** The UI an answer to {@link #startUi} started, if it started one. */
		public static Optional<Ui> startedBy(Response init) {
			Matcher ui = UI_ID.matcher(init.body());
			Matcher key = SECURITY_KEY.matcher(init.body());
			return init.status() == 200 && ui.find() && key.find() ? Optional.of(new Ui(ui.group(1), key.group(1)))
					: Optional.empty();
		}

		/** The browser's first message: the navigation event to the address opened. */
		public String navigation(String location, String query) {
			return "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
					+ "\"event\":\"ui-navigate\",\"data\":{\"route\":" + json("/" + location) + ",\"query\":"
					+ json(query) + ",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
					+ "\"syncId\":0,\"clientId\":0}";
		}

	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}

	public @Nullable String cookie(String name) {
		return cookies.getOrDefault(base.getAuthority(), Map.of()).get(name);
	}

	public void setCookie(String name, String value) {
		cookies.computeIfAbsent(base.getAuthority(), k -> new LinkedHashMap<>()).put(name, value);
	}

	private Response send(String method, byte[] target, @Nullable String contentType, byte @Nullable [] body) {
		String text = new String(target, StandardCharsets.ISO_8859_1);
		URI uri = text.startsWith("http://") ? URI.create(text) : base;
		byte[] path = text.startsWith("http://") ? rawPathAndQuery(text).getBytes(StandardCharsets.ISO_8859_1)
				: text.startsWith("/") ? target
						: concat(base.getRawPath().getBytes(StandardCharsets.ISO_8859_1), target);
		String authority = uri.getAuthority();
		try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
			socket.setSoTimeout(60_000);
			ByteArrayOutputStream request = new ByteArrayOutputStream();
			request.write((method + " ").getBytes(StandardCharsets.ISO_8859_1));
			request.write(path);
			StringBuilder head = new StringBuilder(" HTTP/1.1\r\nHost: ").append(authority)
				.append("\r\nConnection: close\r\n");
			headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
			Map<String, String> jar = cookies.getOrDefault(authority, Map.of());
			if (!jar.isEmpty()) {
				head.append("Cookie: ")
					.append(jar.entrySet()
						.stream()
						.map(e -> e.getKey() + "=" + e.getValue())
						.collect(Collectors.joining("; ")))
					.append("\r\n");
			}
			if (body != null) {
				head.append("Content-Type: ")
					.append(contentType)
					.append("\r\nContent-Length: ")
					.append(body.length)
					.append("\r\n");
			}
			head.append("\r\n");
			request.write(head.toString().getBytes(StandardCharsets.UTF_8));
			if (body != null) {
				request.write(body);
			}
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request.toByteArray());
				out.flush();
			}
			catch (java.net.SocketException refused) {
				// The server stopped reading (e.g. headers too large) and answered
				// already.
			}
			Response response = read(socket.getInputStream());
			remember(authority, response);
			return response;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void remember(String authority, Response response) {
		for (String cookie : response.headers().getOrDefault("set-cookie", List.of())) {
			String pair = cookie.split(";", 2)[0];
			int equals = pair.indexOf('=');
			String name = pair.substring(0, equals).strip();
			String value = pair.substring(equals + 1).strip();
			Map<String, String> jar = cookies.computeIfAbsent(authority, k -> new LinkedHashMap<>());
			if (cookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
				jar.remove(name);
			}
			else {
				jar.put(name, value);
			}
		}
	}

	/**
	 * Reads one response: to the end of its Content-Length or its last chunk, or to the
	 * end of the stream (servers need not close a connection when asked to).
	 */
	private static Response read(InputStream raw) throws IOException {
		java.io.BufferedInputStream in = new java.io.BufferedInputStream(raw);
		List<String> lines = new ArrayList<>();
		for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
			lines.add(line);
		}
		int status = Integer.parseInt(lines.getFirst().split(" ")[1]);
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String line : lines.subList(1, lines.size())) {
			int colon = line.indexOf(':');
			headers.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
				.add(line.substring(colon + 1).strip());
		}
		byte[] body;
		if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
				out.write(in.readNBytes(size));
				line(in);
			}
			body = out.toByteArray();
		}
		else if (headers.containsKey("content-length")) {
			body = in.readNBytes(Integer.parseInt(headers.get("content-length").getFirst()));
		}
		else {
			body = in.readAllBytes();
		}
		return new Response(status, headers, body);
	}

	private static int chunkSize(InputStream in) throws IOException {
		String line = line(in);
		return line == null || line.isBlank() ? 0 : Integer.parseInt(line.split(";")[0].strip(), 16);
	}

	private static @Nullable String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int c;
		while ((c = in.read()) != -1) {
			if (c == '\n') {
				byte[] bytes = line.toByteArray();
				int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
				return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
			}
			line.write(c);
		}
		return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
	}

	private static String rawPathAndQuery(String url) {
		URI uri = URI.create(url);
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] result = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, result, a.length, b.length);
		return result;
	}

}
