package app.stepwise.privacy;

import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;

/**
 * Rows as exports show them, alike on H2 and PostgreSQL: column names in lower case,
 * values as text, times as UTC instants (ISO-8601), nulls left out.
 */
public final class Records {

	private Records() {
	}

	/** Maps a row to its columns' values as text. */
	public static RowMapper<Map<String, String>> asText() {
		return (rs, row) -> {
			ResultSetMetaData columns = rs.getMetaData();
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 1; i <= columns.getColumnCount(); i++) {
				Object value = rs.getObject(i);
				if (value != null) {
					values.put(columns.getColumnLabel(i).toLowerCase(Locale.ROOT), text(value));
				}
			}
			return values;
		};
	}

	private static String text(Object value) {
		return switch (value) {
			case OffsetDateTime time -> time.toInstant().toString();
			case Timestamp time -> time.toInstant().toString();
			default -> value.toString();
		};
	}

}
