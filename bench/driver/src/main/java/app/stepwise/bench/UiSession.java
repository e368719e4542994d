package app.stepwise.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One person's browser tab at Vaadin Flow's client–server protocol (Vaadin 25.2), as the
 * Flow client speaks it (checked against a Chromium capture): the page's HTML, then
 * {@code GET ?v-r=init&location=…} for the UI id, the security key and the sync ids, then
 * {@code POST ?v-r=uidl&v-uiId=N} with {@code csrfToken}, {@code rpc}, {@code syncId} and
 * {@code clientId}. Navigation is a {@code ui-navigate} event on the root node; a click
 * is a {@code click} event on the node whose {@code id} attribute the server sent in
 * {@code changes}, or, for an element inside HTML written as a node's content, on that node
 * with the data its click listener asks for (as {@code constants} describe it).
 *
 * <p>
 * Every round trip is reported to a {@link Recorder} with its time, its bytes and what
 * went wrong: an HTTP status of 400 or more, an {@code appError} (Vaadin's answer to an
 * invalid security key or a lost sync), a resynchronisation, an expired session.
 */
final class UiSession implements AutoCloseable {

	/** Receives each round trip. */
	interface Recorder {

		void record(String kind, long startNanos, long nanos, int wireBytes, int bodyBytes, String error);

	}

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern INNER_ID = Pattern.compile("\\bid=\"([^\"]+)\"");

	private static final Pattern SPRING_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	/** What a 1280×900 desktop Chromium sends about itself when a page starts. */
	private static final String BROWSER_DETAILS = "&v-sh=900&v-sw=1280&v-wh=900&v-ww=1280&v-bh=900&v-bw=1280"
			+ "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-bench&v-td=false&v-pr=1"
			+ "&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0"
			+ "&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";

	private static final String CLICK_DATA = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
			+ "\"event.ctrlKey\":false,\"event.clientX\":640,\"event.clientY\":690,\"event.altKey\":false,"
			+ "\"event.button\":0,\"event.screenY\":787,\"event.screenX\":650}";

	private final Http http;

	private final Recorder recorder;

	/** Element ids the server has sent, and the node each now belongs to. */
	private final Map<String, Integer> nodes = new HashMap<>();

	/** Ids of elements written as HTML content, and the node whose content they are. */
	private final Map<String, Integer> inner = new HashMap<>();

	/** Each node's click listener settings, as the key of a constant. */
	private final Map<Integer, String> clickSettings = new HashMap<>();

	/** The constants the server has sent (listener settings among them). */
	private final Map<String, JsonNode> constants = new HashMap<>();

	private int uiId = -1;

	private String securityKey = "";

	private String springCsrf = "";

	private int syncId;

	private int clientId;

	private int lastBodyBytes;

	UiSession(Http http, Recorder recorder) {
		this.http = http;
		this.recorder = recorder;
	}

	/**
	 * Loads a page as a browser does: the HTML, the UI's start, and the navigation the
	 * Flow client sends right after.
	 */
	void open(String path, String query) throws IOException {
		String address = "/" + path + (query.isEmpty() ? "" : "?" + query);
		Http.Response page = timed("page", () -> http.get(address));
		Matcher csrf = SPRING_CSRF.matcher(page.text());
		springCsrf = csrf.find() ? csrf.group(1) : "";
		Http.Response init = timed("init", () -> http.get("/?v-r=init&location=" + encode(path) + "&query="
				+ encode(query) + BROWSER_DETAILS + "&v-curdate=" + System.currentTimeMillis()));
		Dump.body("init", init.body());
		JsonNode config = JSON.readTree(init.body()).path("appConfig");
		uiId = config.path("v-uiId").asInt(-1);
		JsonNode uidl = config.path("uidl");
		securityKey = uidl.path("Vaadin-Security-Key").asString("");
		if (uiId < 0 || securityKey.isEmpty()) {
			throw new IOException("No UI id or security key from ?v-r=init for /" + path + ": " + abbreviate(init));
		}
		syncId = uidl.path("syncId").asInt(0);
		clientId = uidl.path("clientId").asInt(0);
		nodes.clear();
		learn(uidl);
		navigateAs("/" + path, query, "", "navigate");
	}

	/** Moves to another route inside the page, as a router link does. */
	void navigate(String route, String query) throws IOException {
		navigateAs(route, query, "link", "navigate");
	}

	private void navigateAs(String route, String query, String trigger, String kind) throws IOException {
		rpc(kind,
				"{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
						+ "\",\"query\":\"" + query
						+ "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"" + trigger + "\"}}");
	}

	/** Clicks the element with this id, as the last responses described it. */
	void click(String id) throws IOException {
		click(id, "click");
	}

	/** Clicks, recording the round trip as this kind of step. */
	void click(String id, String kind) throws IOException {
		Integer node = nodes.get(id);
		String data = CLICK_DATA;
		if (node == null && inner.containsKey(id)) {
			// An element written as its parent's HTML content: the parent takes the click.
			node = inner.get(id);
			data = delegatedClickData(node, id);
		}
		if (node == null) {
			recorder.record(kind, System.nanoTime(), 0, 0, 0, "no element #" + id);
			throw new IOException("No element #" + id + " on the page");
		}
		rpc(kind, "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":" + data + "}");
	}

	boolean has(String id) {
		return nodes.containsKey(id) || inner.containsKey(id);
	}

	/** The decoded size of the last UIDL response. */
	int lastBodyBytes() {
		return lastBodyBytes;
	}

	/**
	 * Signs in with the sign-in form: the page's Spring CSRF token, a form POST to the
	 * page's address, and the page the server sends the person to.
	 */
	void signIn(String path, String user, String password) throws IOException {
		open(path, "");
		String form = "_csrf=" + encode(springCsrf) + "&username=" + encode(user) + "&password=" + encode(password);
		Http.Response answer = timed("sign-in", () -> http.post("/" + path, "application/x-www-form-urlencoded", form));
		String location = answer.header("location");
		if (answer.status() != 302 || location.contains("error")) {
			throw new IOException("Sign-in as " + user + " failed: HTTP " + answer.status() + " to " + location);
		}
	}

	private void rpc(String kind, String invocation) throws IOException {
		String body = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[" + invocation + "],\"syncId\":" + syncId
				+ ",\"clientId\":" + clientId + "}";
		long start = System.nanoTime();
		Http.Response response;
		try {
			response = http.post("/?v-r=uidl&v-uiId=" + uiId, "application/json; charset=UTF-8", body);
		}
		catch (IOException failed) {
			recorder.record(kind, start, System.nanoTime() - start, 0, 0, "io: " + failed.getMessage());
			throw failed;
		}
		long nanos = System.nanoTime() - start;
		String error = null;
		if (response.status() >= 400) {
			error = "http " + response.status();
		}
		else {
			JsonNode json = JSON.readTree(unprefixed(response.body()));
			JsonNode meta = json.path("meta");
			if (meta.has("appError")) {
				error = "appError";
			}
			else if (meta.has("sessionExpired")) {
				error = "sessionExpired";
			}
			else if (json.path("resynchronize").asBoolean(false)) {
				error = "resynchronize";
			}
			syncId = json.path("syncId").asInt(syncId);
			clientId = json.path("clientId").asInt(clientId);
			learn(json);
		}
		lastBodyBytes = response.body().length;
		Dump.body(kind, response.body());
		recorder.record(kind, start, nanos, response.wireBytes(), response.body().length, error);
		if (error != null) {
			throw new IOException(kind + " failed: " + error + " (" + abbreviate(response) + ")");
		}
	}

	/**
	 * Remembers the node of every element id in the changes, the ids inside HTML written
	 * as an element's content with the node of that element, each node's click settings
	 * and the constants they name.
	 */
	private void learn(JsonNode uidl) {
		uidl.path("constants").properties().forEach(constant -> constants.put(constant.getKey(), constant.getValue()));
		for (JsonNode change : uidl.path("changes")) {
			if (!"put".equals(change.path("type").asString(""))) {
				continue;
			}
			String key = change.path("key").asString("");
			int node = change.path("node").asInt();
			if ("id".equals(key) && change.path("feat").asInt() == 3) {
				nodes.put(change.path("value").asString(""), node);
			}
			else if ("innerHTML".equals(key)) {
				Matcher ids = INNER_ID.matcher(change.path("value").asString(""));
				while (ids.find()) {
					inner.put(ids.group(1), node);
				}
			}
			else if ("click".equals(key) && change.path("value").isString()) {
				clickSettings.put(node, change.path("value").asString());
			}
		}
	}

	/**
	 * The data a browser sends for a click on an element inside a node's HTML content that
	 * the node listens for: each filter of the node's click listener holds, each other
	 * expression (the clicked element's id) gives the id.
	 */
	private String delegatedClickData(int node, String id) throws IOException {
		JsonNode settings = constants.get(clickSettings.getOrDefault(node, ""));
		if (settings == null) {
			throw new IOException("No click listener around #" + id);
		}
		var data = JSON.createObjectNode();
		settings.properties().forEach(expression -> {
			if (expression.getValue().asBoolean(false)) {
				data.put(expression.getKey(), true);
			}
			else {
				data.put(expression.getKey(), id);
			}
		});
		return JSON.writeValueAsString(data);
	}

	private static byte[] unprefixed(byte[] body) {
		// Older Vaadin versions wrap the JSON in for(;;);[…]; Vaadin 25 sends it bare.
		if (body.length > 8 && body[0] == 'f') {
			String text = new String(body, StandardCharsets.UTF_8);
			return text.substring(text.indexOf('[') + 1, text.lastIndexOf(']')).getBytes(StandardCharsets.UTF_8);
		}
		return body;
	}

	private interface Exchange {

		Http.Response send() throws IOException;

	}

	private Http.Response timed(String kind, Exchange exchange) throws IOException {
		long start = System.nanoTime();
		Http.Response response;
		try {
			response = exchange.send();
		}
		catch (IOException failed) {
			recorder.record(kind, start, System.nanoTime() - start, 0, 0, "io: " + failed.getMessage());
			throw failed;
		}
		String error = response.status() >= 400 ? "http " + response.status() : null;
		recorder.record(kind, start, System.nanoTime() - start, response.wireBytes(), response.body().length, error);
		if (error != null) {
			throw new IOException(kind + " failed: " + error);
		}
		return response;
	}

	private static String abbreviate(Http.Response response) {
		String text = response.text();
		return "HTTP " + response.status() + " " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	@Override
	public void close() {
		http.close();
	}

}
