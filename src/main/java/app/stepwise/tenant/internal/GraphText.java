package app.stepwise.tenant.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Values from a tenant as Stepwise passes them on: plain text, bounded. Anyone who can
 * name a rule or set a display name in the tenant writes them, so they may hold markup
 * (kept as the literal text it is: screens set text, never HTML), invisible or
 * direction-changing characters (removed, so they cannot reorder what surrounds them),
 * line breaks (made spaces) and any length (cut, marked with an ellipsis).
 */
final class GraphText {

	/** The longest value of a name, an address or a title. */
	static final int MAX = 120;

	private GraphText() {
	}

	/** The string at {@code field}, cleaned and cut; empty when it is missing. */
	static String text(JsonNode node, String field) {
		return clean(node.path(field).isString() ? node.path(field).stringValue() : "", MAX);
	}

	/** The boolean at {@code field}, or nothing when it is missing or not a boolean. */
	static @Nullable Boolean bool(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isBoolean() ? value.booleanValue() : null;
	}

	/** The moment at {@code field}, or nothing when it is missing or malformed. */
	static @Nullable Instant time(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (!value.isString()) {
			return null;
		}
		try {
			return Instant.parse(value.stringValue());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** Text without control, format or separator characters, at most {@code max} long. */
	static String clean(@Nullable String text, int max) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(Math.min(text.length(), max));
		int count = 0;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			int type = Character.getType(c);
			if (type == Character.CONTROL || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR) {
				c = ' ';
			}
			else if (type == Character.FORMAT || type == Character.SURROGATE || type == Character.PRIVATE_USE
					|| type == Character.UNASSIGNED) {
				continue;
			}
			if (count == max - 1 && i < text.length()) {
				out.append('…');
				break;
			}
			out.appendCodePoint(c);
			count++;
		}
		return out.toString().strip();
	}

}
