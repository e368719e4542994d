package app.stepwise.escalation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Moments in and out of {@code TIMESTAMP WITH TIME ZONE} columns, as offset date-times,
 * which every JDBC 4.2 driver (H2, PostgreSQL) binds and reads the same way.
 */
final class SqlTimes {

	private SqlTimes() {
	}

	static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	static @Nullable OffsetDateTime atOrNull(@Nullable Instant instant) {
		return instant == null ? null : at(instant);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Instant value = instantOrNull(rs, column);
		if (value == null) {
			throw new IllegalStateException("Column " + column + " is empty");
		}
		return value;
	}

	static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
