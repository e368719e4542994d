package app.stepwise.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * One browser's connection: a blocking HTTP/1.1 client over a single keep-alive socket,
 * with its own cookies. Deliberately small, so that a thousand of them on virtual threads
 * cost the driver little CPU (one socket and a few buffers each, no selector, no
 * per-client thread pool). It asks for gzip as a browser does and counts the bytes on the
 * wire as well as the decoded ones. Not thread-safe: one session uses it at a time.
 */
final class Http implements AutoCloseable {

	/** A response: status, headers (lower-case names), decoded body and wire size. */
	record Response(int status, Map<String, String> headers, byte[] body, int wireBytes) {

		String text() {
			return new String(body, StandardCharsets.UTF_8);
		}

		String header(String name) {
			return headers.getOrDefault(name, "");
		}

	}

	private final String host;

	private final int port;

	private final int timeoutMillis;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private Socket socket;

	private InputStream in;

	private OutputStream out;

	Http(String host, int port, int timeoutMillis) {
		this.host = host;
		this.port = port;
		this.timeoutMillis = timeoutMillis;
	}

	Response get(String target) throws IOException {
		return send("GET", target, null, null);
	}

	Response post(String target, String contentType, String body) throws IOException {
		return send("POST", target, contentType, body.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Sends a request, once more on a new connection if the kept-alive one was closed.
	 */
	Response send(String method, String target, String contentType, byte[] body) throws IOException {
		boolean reused = socket != null;
		try {
			return exchange(method, target, contentType, body);
		}
		catch (IOException closed) {
			close();
			if (!reused) {
				throw closed;
			}
			return exchange(method, target, contentType, body);
		}
	}

	private Response exchange(String method, String target, String contentType, byte[] body) throws IOException {
		if (socket == null) {
			socket = new Socket();
			socket.setTcpNoDelay(true);
			socket.connect(new InetSocketAddress(host, port), timeoutMillis);
			socket.setSoTimeout(timeoutMillis);
			in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
			out = socket.getOutputStream();
		}
		StringBuilder head = new StringBuilder(256);
		head.append(method)
			.append(' ')
			.append(target)
			.append(" HTTP/1.1\r\nHost: ")
			.append(host)
			.append(':')
			.append(port)
			.append("\r\nAccept-Encoding: gzip\r\nAccept-Language: en-GB\r\n");
		if (!cookies.isEmpty()) {
			head.append("Cookie: ");
			boolean first = true;
			for (Map.Entry<String, String> cookie : cookies.entrySet()) {
				head.append(first ? "" : "; ").append(cookie.getKey()).append('=').append(cookie.getValue());
				first = false;
			}
			head.append("\r\n");
		}
		if (body != null) {
			head.append("Content-Type: ")
				.append(contentType)
				.append("\r\nContent-Length: ")
				.append(body.length)
				.append("\r\n");
			if ("application/x-www-form-urlencoded".equals(contentType)) {
				head.append("Origin: http://").append(host).append(':').append(port).append("\r\n");
			}
		}
		head.append("\r\n");
		out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
		if (body != null) {
			out.write(body);
		}
		out.flush();
		return read();
	}

	private Response read() throws IOException {
		String status = line();
		if (status == null) {
			throw new IOException("connection closed");
		}
		int code = Integer.parseInt(status.substring(9, 12));
		Map<String, String> headers = new LinkedHashMap<>();
		int wire = status.length() + 2;
		for (String line = line(); line != null && !line.isEmpty(); line = line()) {
			wire += line.length() + 2;
			int colon = line.indexOf(':');
			String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
			String value = line.substring(colon + 1).trim();
			if (name.equals("set-cookie")) {
				keepCookie(value);
			}
			headers.merge(name, value, (a, b) -> a + ", " + b);
		}
		byte[] raw;
		if (headers.getOrDefault("transfer-encoding", "").contains("chunked")) {
			raw = chunked();
		}
		else {
			raw = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
		}
		wire += raw.length;
		byte[] decoded = headers.getOrDefault("content-encoding", "").contains("gzip")
				? new GZIPInputStream(new java.io.ByteArrayInputStream(raw)).readAllBytes() : raw;
		if (headers.getOrDefault("connection", "").equalsIgnoreCase("close")) {
			close();
		}
		return new Response(code, headers, decoded, wire);
	}

	private byte[] chunked() throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		while (true) {
			String size = line();
			int semicolon = size.indexOf(';');
			int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
			if (length == 0) {
				while (!line().isEmpty()) {
					// trailers
				}
				return body.toByteArray();
			}
			body.write(in.readNBytes(length));
			line();
		}
	}

	private String line() throws IOException {
		StringBuilder line = new StringBuilder(64);
		int c;
		while ((c = in.read()) != -1) {
			if (c == '\n') {
				int end = line.length();
				return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
			}
			line.append((char) c);
		}
		return line.isEmpty() ? null : line.toString();
	}

	private void keepCookie(String header) {
		String pair = header.split(";", 2)[0];
		int equals = pair.indexOf('=');
		if (equals > 0) {
			String name = pair.substring(0, equals).trim();
			String value = pair.substring(equals + 1).trim();
			boolean expired = header.toLowerCase(Locale.ROOT).contains("max-age=0");
			if (expired || value.isEmpty()) {
				cookies.remove(name);
			}
			else {
				cookies.put(name, value);
			}
		}
	}

	@Override
	public void close() {
		if (socket != null) {
			try {
				socket.close();
			}
			catch (IOException ignored) {
				// closing anyway
			}
		}
		socket = null;
		in = null;
		out = null;
	}

}
