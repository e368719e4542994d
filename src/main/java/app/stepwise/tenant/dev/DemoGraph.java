package app.stepwise.tenant.dev;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/**
 * The demo tenant's fake Microsoft Graph and token endpoint, served by Stepwise itself
 * under {@link #PATH} in development mode, so that the real client code (tokens,
 * requests, paging, errors) runs against it. Its client secret is made up at every start
 * and never leaves the process; the tokens it issues are random and expire after an hour.
 */
public class DemoGraph {

	/** Where the fake Graph is served. */
	public static final String PATH = "/dev/demo-graph";

	/** The demo tenant's id, in Stepwise and in the fake token endpoint's address. */
	public static final String TENANT = "demo";

	/** The demo app's client id. */
	public static final String CLIENT_ID = "00000000-0000-4000-8000-00000000d3a0";

	private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

	private static final int MAX_TOKENS = 1000;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String secret = random();

	private final Clock clock;

	private final String contextPath;

	private volatile int port;

	private final Map<String, Instant> tokens = new LinkedHashMap<>();

	DemoGraph(Clock clock, Environment environment) {
		this.clock = clock;
		this.contextPath = environment.getProperty("server.servlet.context-path", "");
	}

	@EventListener
	void serving(WebServerInitializedEvent event) {
		this.port = event.getWebServer().getPort();
	}

	/**
	 * Whether the application serves HTTP (a test in a mock web environment does not).
	 */
	public boolean serving() {
		return port > 0;
	}

	/** The fake's root address on this machine; Graph is below it at {@code /v1.0}. */
	public URI root() {
		if (port <= 0) {
			throw new IllegalStateException("The demo tenant is not served yet");
		}
		return URI.create("http://127.0.0.1:" + port + contextPath + PATH);
	}

	/** The demo app's client secret, for the demo tenant's connection. */
	public String clientSecret() {
		return secret;
	}

	/** Issues a token if the client id and secret are the demo app's. */
	synchronized String issue() {
		Instant now = clock.instant();
		tokens.values().removeIf(expiry -> expiry.isBefore(now));
		while (tokens.size() >= MAX_TOKENS) {
			tokens.remove(tokens.keySet().iterator().next());
		}
		String token = random();
		tokens.put(token, now.plus(TOKEN_LIFETIME));
		return token;
	}

	boolean knows(String clientId, String clientSecret) {
		return CLIENT_ID.equals(clientId)
				&& java.security.MessageDigest.isEqual(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
						clientSecret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	synchronized boolean valid(String token) {
		Instant expiry = tokens.get(token);
		return expiry != null && expiry.isAfter(clock.instant());
	}

	static long lifetimeSeconds() {
		return TOKEN_LIFETIME.toSeconds();
	}

	private static String random() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
