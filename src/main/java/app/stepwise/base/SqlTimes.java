package app.stepwise.base;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Moments in and out of {@code TIMESTAMP WITH TIME ZONE} columns, as offset date-times,
 * which every JDBC 4.2 driver (H2, PostgreSQL) binds and reads the same way. Every store
 * that writes plain SQL uses these.
 */
public final class SqlTimes {

	private SqlTimes() {
	}

	public static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	public static @Nullable OffsetDateTime atOrNull(@Nullable Instant instant) {
		return instant == null ? null : at(instant);
	}

	/** A column that is never empty. */
	public static Instant instant(ResultSet rs, String column) throws SQLException {
		return present(instantOrNull(rs, column), column);
	}

	/** A column that is never empty, by its position in the result. */
	public static Instant instant(ResultSet rs, int column) throws SQLException {
		return present(instantOrNull(rs, column), "number " + column);
	}

	public static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	public static @Nullable Instant instantOrNull(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Instant present(@Nullable Instant value, String column) {
		if (value == null) {
			throw new IllegalStateException("Column " + column + " is empty");
		}
		return value;
	}

}
