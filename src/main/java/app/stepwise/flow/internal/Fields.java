package app.stepwise.flow.internal;

import app.stepwise.flow.FlowProblem.Kind;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Typed access to one YAML mapping of a data file. Every wrong or missing field becomes a
 * problem naming the file and the step; callers get {@code null} and carry on, so one run
 * finds everything.
 */
final class Fields {

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final int MAX_ID_LENGTH = 60;

	private final Map<?, ?> map;

	private final String file;

	private final String stepId;

	private final Problems problems;

	private Fields(Map<?, ?> map, String file, String stepId, Problems problems) {
		this.map = map;
		this.file = file;
		this.stepId = stepId;
		this.problems = problems;
	}

	static @Nullable Fields of(@Nullable Object node, String what, String file, String stepId, Problems problems) {
		if (node instanceof Map<?, ?> m) {
			return new Fields(m, file, stepId, problems);
		}
		problems.add(file, stepId, Kind.MALFORMED, what + " is not a mapping of fields.",
				"Write " + what + " as 'field: value' lines.");
		return null;
	}

	Fields forStep(String id) {
		return new Fields(map, file, id, problems);
	}

	boolean has(String field) {
		return map.containsKey(field);
	}

	/** Reports fields this mapping does not know, which are most often typos. */
	void allowOnly(Set<String> known, String what) {
		for (Object key : map.keySet()) {
			if (!known.contains(String.valueOf(key))) {
				malformed("Unknown field '" + key + "' in " + what + ".",
						"Remove it or use one of: " + String.join(", ", new TreeSet<>(known)) + ".");
			}
		}
	}

	@Nullable String string(String field, boolean required) {
		Object value = map.get(field);
		if (value == null) {
			if (required) {
				malformed("Field '" + field + "' is missing.", "Add '" + field + ":'.");
			}
			return null;
		}
		if (value instanceof String || value instanceof Number || value instanceof Boolean) {
			return String.valueOf(value);
		}
		malformed("Field '" + field + "' must be a single value.", "Write '" + field + ": <value>'.");
		return null;
	}

	@Nullable String id(String field, boolean required) {
		String value = string(field, required);
		if (value != null && !isId(value)) {
			malformed("'" + value + "' in field '" + field + "' is not a valid id.",
					"Use lower-case letters, digits and single hyphens, at most " + MAX_ID_LENGTH + " characters.");
			return null;
		}
		return value;
	}

	static boolean isId(String value) {
		return value.length() <= MAX_ID_LENGTH && ID.matcher(value).matches();
	}

	@Nullable Integer positiveInt(String field, boolean required) {
		Object value = map.get(field);
		if (value == null) {
			if (required) {
				malformed("Field '" + field + "' is missing.", "Add '" + field + ": <whole number>'.");
			}
			return null;
		}
		if (value instanceof Integer i && i > 0) {
			return i;
		}
		malformed("Field '" + field + "' must be a whole number above zero, not '" + value + "'.",
				"Write for example '" + field + ": 1'.");
		return null;
	}

	/** A true/false field; missing is false. */
	boolean flag(String field) {
		Object value = map.get(field);
		if (value == null || value instanceof Boolean) {
			return Boolean.TRUE.equals(value);
		}
		malformed("Field '" + field + "' must be true or false, not '" + value + "'.", "Write '" + field + ": true'.");
		return false;
	}

	@Nullable LocalDate date(String field) {
		Object value = map.get(field);
		if (value == null) {
			malformed("Field '" + field + "' is missing.",
					"Add '" + field + ": YYYY-MM-DD', the date of the Microsoft procedure this step follows.");
			return null;
		}
		if (value instanceof Date d) {
			return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
		}
		try {
			return LocalDate.parse(String.valueOf(value));
		}
		catch (DateTimeParseException e) {
			malformed("Field '" + field + "' is not a date: '" + value + "'.", "Write it as YYYY-MM-DD.");
			return null;
		}
	}

	/**
	 * A list field; a single value counts as a list of one. Missing gives an empty list.
	 */
	List<Object> list(String field) {
		Object value = map.get(field);
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> l) {
			return new ArrayList<>(l);
		}
		return List.of(value);
	}

	@Nullable Object raw(String field) {
		return map.get(field);
	}

	void malformed(String message, String fix) {
		problems.add(file, stepId, Kind.MALFORMED, message, fix);
	}

	void problem(Kind kind, String message, String fix) {
		problems.add(file, stepId, kind, message, fix);
	}

	String file() {
		return file;
	}

	String stepId() {
		return stepId;
	}

	Problems problems() {
		return problems;
	}

}
