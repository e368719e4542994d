package app.stepwise.tenant;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A stand-in for Microsoft Graph and Microsoft Entra ID's token endpoint, over real HTTP
 * on a random local port (the JDK's own server: nothing to install). Tests tell it what
 * to answer per path and query; it records every request it receives, so tests can also
 * prove what it was never sent.
 *
 * <p>
 * Token endpoint: {@code POST /{tenant}/oauth2/v2.0/token}. Graph: {@code /v1.0/<path>}.
 * An answer is chosen by the decoded path and, optionally, text the decoded query must
 * contain; several answers for the same route are given in turn, the last one repeating.
 * Unknown routes get Graph's 404.
 */
public final class GraphStandIn implements AutoCloseable {

	/** One answer. */
	public record Reply(int status, Map<String, String> headers, String body, Duration delay) {

		public static Reply json(String body) {
			return new Reply(200, Map.of(), body, Duration.ZERO);
		}

		public static Reply error(int status, String code, String message) {
			return new Reply(status, Map.of(),
					"{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}", Duration.ZERO);
		}

		public Reply withHeader(String name, String value) {
			Map<String, String> more = new LinkedHashMap<>(headers);
			more.put(name, value);
			return new Reply(status, more, body, delay);
		}

		public Reply after(Duration wait) {
			return new Reply(status, headers, body, wait);
		}

	}

	/**
	 * A request as received: method, decoded path and query, headers of interest, body.
	 */
	public record Received(String method, String path, String query, String authorization, String consistencyLevel,
			String body) {
	}

	private record Route(String path, String queryContains, Deque<Reply> replies) {
	}

	private final HttpServer server;

	private final List<Route> routes = new CopyOnWriteArrayList<>();

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private volatile Reply token = Reply
		.json("{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"t-1\"}");

	private GraphStandIn() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.createContext("/", this::handle);
		server.start();
	}

	public static GraphStandIn start() {
		try {
			return new GraphStandIn();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The root of both Graph ({@code /v1.0}) and the token endpoint. */
	public URI root() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
	}

	/** Answers requests to a Graph path (after {@code /v1.0}), in turn. */
	public GraphStandIn on(String path, Reply... replies) {
		return on(path, "", replies);
	}

	/** Answers requests to a Graph path whose decoded query contains the text. */
	public GraphStandIn on(String path, String queryContains, Reply... replies) {
		routes.addFirst(new Route(path, queryContains, new ArrayDeque<>(List.of(replies))));
		return this;
	}

	/** What the token endpoint answers from now on. */
	public GraphStandIn token(Reply reply) {
		this.token = reply;
		return this;
	}

	public List<Received> received() {
		return List.copyOf(received);
	}

	/** The requests to Graph (not to the token endpoint). */
	public List<Received> graphRequests() {
		return received.stream().filter(r -> r.path().startsWith("/v1.0/")).toList();
	}

	public List<Received> tokenRequests() {
		return received.stream().filter(r -> r.path().endsWith("/oauth2/v2.0/token")).toList();
	}

	@Override
	public void close() {
		server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String rawQuery = exchange.getRequestURI().getRawQuery();
			String query = rawQuery == null ? "" : URLDecoder.decode(rawQuery, StandardCharsets.UTF_8);
			String path = exchange.getRequestURI().getPath();
			String body;
			try (InputStream in = exchange.getRequestBody()) {
				body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			received.add(new Received(exchange.getRequestMethod(), path, query,
					String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
					String.valueOf(exchange.getRequestHeaders().getFirst("ConsistencyLevel")), body));
			Reply reply;
			if (path.endsWith("/oauth2/v2.0/token") && exchange.getRequestMethod().equals("POST")) {
				reply = token;
			}
			else if (path.startsWith("/v1.0/") && exchange.getRequestMethod().equals("GET")) {
				reply = graph(path.substring("/v1.0".length()), query);
			}
			else {
				reply = Reply.error(405, "MethodNotAllowed", "The stand-in answers only GET to Graph.");
			}
			send(exchange, reply);
		}
	}

	private Reply graph(String path, String query) {
		for (Route route : new ArrayList<>(routes)) {
			if (route.path().equals(path) && query.contains(route.queryContains())) {
				synchronized (route) {
					return route.replies().size() > 1 ? route.replies().poll() : route.replies().peek();
				}
			}
		}
		return Reply.error(404, "Request_ResourceNotFound", "Nothing at " + path);
	}

	private static void send(HttpExchange exchange, Reply reply) throws IOException {
		if (!reply.delay().isZero()) {
			try {
				Thread.sleep(reply.delay());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

}
