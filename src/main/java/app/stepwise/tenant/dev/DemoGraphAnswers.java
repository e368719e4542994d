package app.stepwise.tenant.dev;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers the Graph requests Stepwise's checks make, from {@link DemoData}, the way Graph
 * answers them: the same paths, the {@code $filter}s the checks use, collections as
 * {@code value}, errors as {@code error.code}. Anything else is Graph's 404.
 */
final class DemoGraphAnswers {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'')*)'");

	private final DemoData data;

	DemoGraphAnswers(DemoData data) {
		this.data = data;
	}

	/** The answer to {@code GET /v1.0/<segments>?<query>}, segments already decoded. */
	ResponseEntity<JsonNode> answer(List<String> path, Map<String, String> query) {
		String filter = query.getOrDefault("$filter", "");
		return switch (path.size()) {
			case 1 -> switch (path.getFirst()) {
				case "users" -> collection(data.users().stream().map(u -> u.path("user")).filter(startsWith(filter)));
				case "organization" -> collection(data.tenant("organization").values().stream());
				default -> notFound();
			};
			case 2 -> switch (path.getFirst()) {
				case "users" -> data.user(path.get(1)).map(u -> ok(u.path("user"))).orElseGet(this::userNotFound);
				case "auditLogs" -> signIns(filter);
				default -> notFound();
			};
			case 3 -> path.equals(List.of("admin", "serviceAnnouncement", "healthOverviews"))
					? collection(data.tenant("healthOverviews").values().stream())
					: path.equals(List.of("admin", "serviceAnnouncement", "issues"))
							? collection(data.tenant("issues").values().stream().filter(unresolvedIf(filter)))
							: path.equals(List.of("roleManagement", "directory", "roleAssignments")) ? roles(filter)
									: path.subList(0, 2).equals(List.of("identityProtection", "riskyUsers"))
											? risk(path.get(2)) : notFound();
			default -> userPart(path);
		};
	}

	private ResponseEntity<JsonNode> userPart(List<String> path) {
		if (!path.getFirst().equals("users")) {
			return notFound();
		}
		Optional<JsonNode> user = data.user(path.get(1));
		if (user.isEmpty()) {
			return userNotFound();
		}
		List<String> rest = path.subList(2, path.size());
		if (rest.equals(List.of("authentication", "methods"))) {
			return collection(user.get().path("methods").values().stream());
		}
		if (rest.equals(List.of("mailFolders", "inbox", "messageRules"))) {
			return collection(user.get().path("inboxRules").values().stream());
		}
		if (rest.size() == 2 && rest.getFirst().equals("mailFolders")) {
			return user.get()
				.path("folders")
				.values()
				.stream()
				.filter(f -> rest.get(1).equals(f.path("id").asString())
						|| rest.get(1).equalsIgnoreCase(f.path("wellKnownName").asString("")))
				.findFirst()
				.map(DemoGraphAnswers::ok)
				.orElseGet(DemoGraphAnswers::notFound);
		}
		return notFound();
	}

	private ResponseEntity<JsonNode> signIns(String filter) {
		List<String> quoted = quoted(filter);
		if (quoted.isEmpty()) {
			return collection(java.util.stream.Stream.empty());
		}
		boolean successOnly = filter.contains("status/errorCode eq 0");
		return collection(data.user(quoted.getFirst())
			.stream()
			.flatMap(u -> u.path("signIns").values().stream())
			.filter(s -> !successOnly || s.path("status").path("errorCode").asInt(-1) == 0));
	}

	private ResponseEntity<JsonNode> roles(String filter) {
		List<String> quoted = quoted(filter);
		return collection(quoted.isEmpty() ? java.util.stream.Stream.empty()
				: data.user(quoted.getFirst()).stream().flatMap(u -> u.path("roles").values().stream()));
	}

	private ResponseEntity<JsonNode> risk(String id) {
		return data.user(id)
			.map(u -> u.path("risk"))
			.filter(JsonNode::isObject)
			.map(DemoGraphAnswers::ok)
			.orElseGet(() -> error(HttpStatus.NOT_FOUND, "ResourceNotFound"));
	}

	private static Predicate<JsonNode> startsWith(String filter) {
		List<String> quoted = quoted(filter);
		String prefix = quoted.isEmpty() ? "" : quoted.getFirst().toLowerCase(Locale.ROOT);
		return user -> user.path("displayName").asString("").toLowerCase(Locale.ROOT).startsWith(prefix)
				|| user.path("userPrincipalName").asString("").toLowerCase(Locale.ROOT).startsWith(prefix);
	}

	private static Predicate<JsonNode> unresolvedIf(String filter) {
		return issue -> !filter.contains("isResolved eq false") || !issue.path("isResolved").asBoolean(false);
	}

	private static List<String> quoted(String filter) {
		Matcher matcher = QUOTED.matcher(filter);
		List<String> values = new java.util.ArrayList<>();
		while (matcher.find()) {
			values.add(matcher.group(1).replace("''", "'"));
		}
		return values;
	}

	private static ResponseEntity<JsonNode> collection(java.util.stream.Stream<JsonNode> items) {
		ObjectNode body = JSON.createObjectNode();
		ArrayNode value = body.putArray("value");
		items.forEach(value::add);
		return ok(body);
	}

	private static ResponseEntity<JsonNode> ok(JsonNode body) {
		return ResponseEntity.ok(body);
	}

	private ResponseEntity<JsonNode> userNotFound() {
		return error(HttpStatus.NOT_FOUND, "Request_ResourceNotFound");
	}

	private static ResponseEntity<JsonNode> notFound() {
		return error(HttpStatus.NOT_FOUND, "ResourceNotFound");
	}

	static ResponseEntity<JsonNode> error(HttpStatus status, String code) {
		ObjectNode body = JSON.createObjectNode();
		body.putObject("error").put("code", code).put("message", "The demo tenant has no such data.");
		return ResponseEntity.status(status).body(body);
	}

}
