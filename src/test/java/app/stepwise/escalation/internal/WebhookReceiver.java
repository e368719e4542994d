package app.stepwise.escalation.internal;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver in the test's JVM that answers 503 to the first requests it is told
 * to refuse, then 200; it keeps every request it saw.
 */
final class WebhookReceiver implements AutoCloseable {

	/** One request as received. */
	record Received(Map<String, List<String>> headers, byte[] body, int answeredWith) {

		String header(String name) {
			return headers.entrySet()
				.stream()
				.filter(e -> e.getKey().equalsIgnoreCase(name))
				.map(e -> e.getValue().getFirst())
				.findFirst()
				.orElse(null);
		}

		boolean accepted() {
			return answeredWith == 200;
		}

	}

	private final HttpServer server;

	private final AtomicInteger toRefuse = new AtomicInteger();

	private final AtomicInteger arrived = new AtomicInteger();

	private volatile long delayMillis;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	WebhookReceiver() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		server.createContext("/hooks/stepwise", exchange -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			arrived.incrementAndGet();
			pause();
			int status = toRefuse.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : 200;
			received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body, status));
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/stepwise";
	}

	private void pause() {
		try {
			Thread.sleep(delayMillis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Each request is answered only after this long, like a slow receiver. */
	void answerAfter(java.time.Duration delay) {
		delayMillis = delay.toMillis();
	}

	/** How many requests arrived, answered or not yet. */
	int arrived() {
		return arrived.get();
	}

	/** The next {@code count} requests are answered as if the receiver were down. */
	void refuseNext(int count) {
		toRefuse.set(count);
	}

	List<Received> received() {
		return List.copyOf(received);
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
