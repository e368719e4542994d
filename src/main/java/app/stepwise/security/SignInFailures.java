package app.stepwise.security;

import static app.stepwise.base.SqlTimes.at;
import static app.stepwise.base.SqlTimes.instant;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sign-in throttle's counts in the table {@code sign_in_failure}, one row per user
 * name (as {@link SignInThrottle} keys it), shared by every server. A count changes by
 * compare-and-set on the row's version, each change committed on its own.
 */
final class SignInFailures {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate own;

	SignInFailures(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactionManager);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** A count after one failure: how many in a row, and whether the name is new. */
	record Counted(int failures, boolean newName) {
	}

	private record Row(int failures, Instant last, long version) {
	}

	/** Until when the name is locked, if it ever was. */
	Optional<Instant> lockedUntil(String key) {
		List<OffsetDateTime> until = jdbc.query("SELECT locked_until FROM sign_in_failure WHERE name_key = ?",
				(rs, row) -> rs.getObject(1, OffsetDateTime.class), key);
		return until.isEmpty() || until.getFirst() == null ? Optional.empty()
				: Optional.of(until.getFirst().toInstant());
	}

	/**
	 * Counts one failure now: one more in a row, or the first again if the last is older
	 * than the lockout; the failure that reaches the limit locks the name for the
	 * lockout.
	 * @return the new count, or nothing if another server changed the row first (try
	 * again)
	 */
	@Nullable Counted count(String key, Instant now, Duration lockout, int maxFailures) {
		List<Row> rows = jdbc.query("SELECT failures, last_failure, version FROM sign_in_failure WHERE name_key = ?",
				(rs, row) -> new Row(rs.getInt(1), instant(rs, 2), rs.getLong(3)), key);
		Row before = rows.isEmpty() ? null : rows.getFirst();
		int failures = before == null || before.last().plus(lockout).isBefore(now) ? 1 : before.failures() + 1;
		OffsetDateTime lockedUntil = failures >= maxFailures ? at(now.plus(lockout)) : null;
		try {
			Integer changed = own
				.execute(
						tx -> before == null
								? jdbc.update(
										"INSERT INTO sign_in_failure (name_key, failures, last_failure, locked_until,"
												+ " version) VALUES (?, ?, ?, ?, 0)",
										key, failures, at(now), lockedUntil)
								: jdbc.update(
										"UPDATE sign_in_failure SET failures = ?, last_failure = ?, locked_until = ?,"
												+ " version = version + 1 WHERE name_key = ? AND version = ?",
										failures, at(now), lockedUntil, key, before.version()));
			return changed != null && changed == 1 ? new Counted(failures, before == null) : null;
		}
		catch (DuplicateKeyException e) {
			return null;
		}
	}

	/** Forgets the name's failures. */
	void clear(String key) {
		jdbc.update("DELETE FROM sign_in_failure WHERE name_key = ?", key);
	}

	/** Forgets counts whose last failure is older than the given time. */
	void forgetOlderThan(Instant before) {
		jdbc.update("DELETE FROM sign_in_failure WHERE last_failure < ?", at(before));
	}

	/** Forgets the names with the fewest failures (the oldest of those first). */
	void forgetLeastSuspicious(int count) {
		jdbc.update("DELETE FROM sign_in_failure WHERE name_key IN (SELECT name_key FROM sign_in_failure"
				+ " ORDER BY failures, last_failure LIMIT ?)", count);
	}

	/** How many names are counted. */
	int tracked() {
		Integer tracked = jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_failure", Integer.class);
		return tracked == null ? 0 : tracked;
	}

	/** The failures counted for a name. */
	int failures(String key) {
		List<Integer> failures = jdbc.query("SELECT failures FROM sign_in_failure WHERE name_key = ?",
				(rs, row) -> rs.getInt(1), key);
		return failures.isEmpty() ? 0 : failures.getFirst();
	}

}
