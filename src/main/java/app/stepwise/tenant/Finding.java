package app.stepwise.tenant;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Something a check found, as a message key and its named arguments, so that it can be
 * shown in the reader's language (and in English for a vendor). Arguments are strings
 * (values from the tenant, already cleaned and cut, see {@code GraphText}), numbers, or
 * {@link Instant}s, which the reader's side formats in the reader's time zone with
 * {@link #arguments(Function)}.
 *
 * @param key the message key, {@code ui.tenant.…}
 * @param arguments the named arguments of the message
 */
public record Finding(String key, Map<String, Object> arguments) {

	public Finding {
		arguments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
	}

	public static Finding of(String key) {
		return new Finding(key, Map.of());
	}

	public static Finding of(String key, String name, Object value) {
		return new Finding(key, Map.of(name, value));
	}

	/** The arguments with every moment formatted by the given function. */
	public Map<String, Object> arguments(Function<Instant, String> time) {
		Map<String, Object> formatted = new LinkedHashMap<>();
		arguments.forEach((name, value) -> formatted.put(name, value instanceof Instant i ? time.apply(i) : value));
		return formatted;
	}

}
