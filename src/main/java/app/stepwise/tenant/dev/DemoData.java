package app.stepwise.tenant.dev;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo tenant's made-up data, from {@code demo-tenant/tenant.json} (organization,
 * service health) and {@code demo-tenant/users.json} (each user with their sign-ins,
 * methods, risk, inbox rules, folders and roles), in Graph's own shapes. Times are
 * written {@code "ago:PT2H"} and served as that long before now, so the demo never ages.
 */
final class DemoData {

	private static final String AGO = "ago:";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JsonNode tenant;

	private final Map<String, JsonNode> users = new TreeMap<>();

	private final Clock clock;

	DemoData(Clock clock) {
		this.clock = clock;
		this.tenant = read("demo-tenant/tenant.json");
		for (JsonNode user : read("demo-tenant/users.json").values()) {
			users.put(user.path("user").path("id").asString(), user);
			users.put(user.path("user").path("userPrincipalName").asString().toLowerCase(Locale.ROOT), user);
		}
	}

	/**
	 * A part of the tenant's data, e.g. {@code organization}, with times made current.
	 */
	JsonNode tenant(String part) {
		return current(tenant.path(part));
	}

	/** A user by object id or user principal name (any case). */
	Optional<JsonNode> user(String idOrName) {
		return Optional.ofNullable(users.get(idOrName.toLowerCase(Locale.ROOT))).map(this::current);
	}

	/** Every user, once each. */
	java.util.Collection<JsonNode> users() {
		return users.values().stream().distinct().map(this::current).toList();
	}

	private JsonNode current(JsonNode node) {
		JsonNode copy = node.deepCopy();
		refresh(copy);
		return copy;
	}

	private void refresh(JsonNode node) {
		if (node instanceof ObjectNode object) {
			for (var field : object.properties()) {
				JsonNode value = field.getValue();
				if (value.isString() && value.stringValue().startsWith(AGO)) {
					Duration ago = Duration.parse(value.stringValue().substring(AGO.length()));
					object.put(field.getKey(), clock.instant().minus(ago).toString());
				}
				else {
					refresh(value);
				}
			}
		}
		else if (node.isArray()) {
			node.values().forEach(this::refresh);
		}
	}

	private static JsonNode read(String location) {
		try (InputStream in = new ClassPathResource(location).getInputStream()) {
			return JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the demo tenant's " + location, ex);
		}
	}

}
