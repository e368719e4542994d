package app.stepwise.escalation.internal;

import static app.stepwise.base.SqlTimes.instantOrNull;
import static app.stepwise.base.SqlTimes.instant;
import static app.stepwise.base.SqlTimes.at;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notification outbox as the retry job and support staff see it: Spring Modulith's
 * table {@code event_publication} (whose layout migration V1 pins) and the dead letters
 * beside it. Modulith reads and resubmits publications itself; this class does what its
 * API does not: pick failed ones by their own pause, move given-up ones out, purge,
 * count.
 *
 * <p>
 * Statuses are Modulith's: PUBLISHED (stored, not yet handled), PROCESSING, RESUBMITTED,
 * FAILED, COMPLETED. Publications stored before Modulith 2 have no status.
 */
@Component
class Outbox {

	/** What Modulith counts as failed, and resubmits. */
	private static final String FAILED = "(status = 'FAILED' OR (status IS NULL AND completion_date IS NULL))";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	Outbox(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** A failed publication, without its event. */
	record Failed(UUID id, Instant publishedAt, @Nullable Instant lastRetryAt, int attempts) {

		/** When the last attempt began. */
		Instant lastAttemptAt() {
			return lastRetryAt == null ? publishedAt : lastRetryAt;
		}

	}

	/** Every failed publication, oldest first, as Modulith reads them. */
	List<Failed> failed() {
		return jdbc.query(
				"SELECT id, publication_date, last_resubmission_date, completion_attempts"
						+ " FROM event_publication WHERE " + FAILED + " ORDER BY publication_date, id",
				(rs, row) -> new Failed(rs.getObject(1, UUID.class), instant(rs, 2), instantOrNull(rs, 3),
						rs.getInt(4)));
	}

	/**
	 * Marks as failed what was started before the given time and never finished: the
	 * server handling it stopped (a crash, a kill), so that the retry job picks it up. A
	 * resubmitted publication counts from its resubmission, not from when it was first
	 * published.
	 * @return how many
	 */
	int markStaleFailed(Instant startedBefore) {
		return jdbc.update(
				"UPDATE event_publication SET status = 'FAILED' WHERE completion_date IS NULL AND ("
						+ "(status IN ('PUBLISHED', 'PROCESSING') AND publication_date < ?)"
						+ " OR (status = 'RESUBMITTED' AND COALESCE(last_resubmission_date, publication_date) < ?))",
				at(startedBefore), at(startedBefore));
	}

	/**
	 * Moves a failed publication out of the outbox into the dead letters, in one
	 * transaction.
	 * @return whether this call moved it (false if it was no longer failed, e.g. another
	 * server moved it first)
	 */
	boolean giveUp(UUID id, String channel, String reference, Instant now) {
		Boolean moved = transactions.execute(tx -> {
			int copied = jdbc.update("INSERT INTO notification_dead_letter (id, listener_id, event_type,"
					+ " serialized_event, publication_date, completion_attempts, given_up_at, channel, reference)"
					+ " SELECT id, listener_id, event_type, serialized_event, publication_date, completion_attempts,"
					+ " ?, ?, ? FROM event_publication WHERE id = ? AND " + FAILED, at(now), channel, reference, id);
			if (copied == 0) {
				return false;
			}
			jdbc.update("DELETE FROM event_publication WHERE id = ?", id);
			return true;
		});
		return Boolean.TRUE.equals(moved);
	}

	/** The listener and event of a publication, to tell what it is about. */
	@Nullable Stored stored(UUID id) {
		List<Stored> found = jdbc.query("SELECT listener_id, serialized_event FROM event_publication WHERE id = ?",
				(rs, row) -> new Stored(rs.getString(1), rs.getString(2)), id);
		return found.isEmpty() ? null : found.getFirst();
	}

	/** A publication's listener and its event as stored (JSON). */
	record Stored(String listenerId, String serializedEvent) {
	}

	/** A notification given up. */
	record DeadLetter(UUID id, String channel, String reference, Instant publishedAt, int attempts, Instant givenUpAt) {
	}

	/** The notifications given up, most recently given up first. */
	List<DeadLetter> deadLetters() {
		return jdbc.query(
				"SELECT id, channel, reference, publication_date, completion_attempts, given_up_at"
						+ " FROM notification_dead_letter ORDER BY given_up_at DESC, id",
				(rs, row) -> new DeadLetter(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
						instant(rs, 4), rs.getInt(5), instant(rs, 6)));
	}

	/**
	 * Puts a dead letter back into the outbox as a failed publication with no attempts,
	 * so that the retry job sends it at its next round.
	 * @return whether it was there to send again
	 */
	boolean sendAgain(UUID id) {
		Boolean moved = transactions.execute(tx -> {
			int copied = jdbc.update("INSERT INTO event_publication (id, listener_id, event_type, serialized_event,"
					+ " publication_date, status, completion_attempts) SELECT id, listener_id, event_type,"
					+ " serialized_event, publication_date, 'FAILED', 0 FROM notification_dead_letter WHERE id = ?",
					id);
			if (copied == 0) {
				return false;
			}
			jdbc.update("DELETE FROM notification_dead_letter WHERE id = ?", id);
			return true;
		});
		return Boolean.TRUE.equals(moved);
	}

	/**
	 * Deletes publications completed before the given time, and the ledger's record of
	 * deliveries made before it (nothing can send those again by then).
	 * @return how many publications
	 */
	int purgeCompleted(Instant before) {
		int purged = jdbc.update("DELETE FROM event_publication WHERE completion_date < ?", at(before));
		jdbc.update("DELETE FROM notification_delivery WHERE delivered_at < ?", at(before));
		return purged;
	}

	/** How many notifications wait, failed or were given up, by listener. */
	List<Count> counts() {
		String state = "CASE WHEN " + FAILED + " THEN 'failed' ELSE 'pending' END";
		return jdbc.query("SELECT listener_id, " + state + ", COUNT(*) FROM event_publication"
				+ " WHERE completion_date IS NULL GROUP BY listener_id, " + state
				+ " UNION ALL SELECT listener_id, 'given-up', COUNT(*) FROM notification_dead_letter GROUP BY listener_id",
				(rs, row) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)));
	}

	/** A number of notifications of one listener in one state. */
	record Count(String listenerId, String state, long count) {

		String channel() {
			return Outbox.channel(listenerId);
		}

	}

	/**
	 * The channel a listener sends on, from its id (Modulith names a listener by its
	 * method): {@code mail}, {@code webhook}, or {@code other}.
	 */
	static String channel(String listenerId) {
		if (listenerId.startsWith(MailNotifier.class.getName() + ".")) {
			return "mail";
		}
		if (listenerId.startsWith(WebhookNotifier.class.getName() + ".")) {
			return "webhook";
		}
		return "other";
	}

}
