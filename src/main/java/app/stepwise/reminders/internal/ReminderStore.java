package app.stepwise.reminders.internal;

import static app.stepwise.base.SqlTimes.instantOrNull;
import static app.stepwise.base.SqlTimes.instant;
import static app.stepwise.base.SqlTimes.at;
import app.stepwise.reminders.Reminder;
import app.stepwise.reminders.ReminderKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The table {@code run_reminder}. A reminder is claimed for sending by one conditional
 * update that sets {@code published_at}, which the database serializes: of several
 * servers claiming it at once, one gets it.
 */
@Component
public class ReminderStore {

	private static final String COLUMNS = "id, run_id, kind, flow_id, step_flow_id, step_id, asked_at_step, address,"
			+ " usual_hours, max_hours, operator_name, operator_email, language, base_url, requested_at, due_at,"
			+ " cancelled_at";

	private final JdbcTemplate jdbc;

	public ReminderStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored reminder. */
	public record Stored(UUID id, UUID runId, ReminderKind kind, String flowId, String stepFlowId, String stepId,
			String askedAtStep, String address, int usualHours, int maxHours, String operatorName, String operatorEmail,
			String language, String baseUrl, Instant requestedAt, Instant dueAt, @Nullable Instant cancelledAt) {

		public Reminder toReminder() {
			return new Reminder(id, kind, operatorEmail, dueAt);
		}

	}

	public void insert(Stored r) {
		jdbc.update("INSERT INTO run_reminder (id, run_id, kind, flow_id, step_flow_id, step_id, asked_at_step,"
				+ " address, usual_hours, max_hours, operator_name, operator_email, language, base_url, requested_at,"
				+ " due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.id(), r.runId(),
				r.kind().name(), r.flowId(), r.stepFlowId(), r.stepId(), r.askedAtStep(), r.address(), r.usualHours(),
				r.maxHours(), r.operatorName(), r.operatorEmail(), r.language(), r.baseUrl(), at(r.requestedAt()),
				at(r.dueAt()));
	}

	/** The run's reminders neither sent nor cancelled, soonest first. */
	public List<Stored> pending(UUID runId) {
		return jdbc.query("SELECT " + COLUMNS + " FROM run_reminder WHERE run_id = ? AND published_at IS NULL"
				+ " AND cancelled_at IS NULL ORDER BY due_at, id", ReminderStore::row, runId);
	}

	public Optional<Stored> find(UUID id) {
		return jdbc.query("SELECT " + COLUMNS + " FROM run_reminder WHERE id = ?", ReminderStore::row, id)
			.stream()
			.findFirst();
	}

	/** Ids of reminders due at the given time and not yet claimed or cancelled. */
	public List<UUID> due(Instant now, int limit) {
		return jdbc.query(
				"SELECT id FROM run_reminder WHERE due_at <= ? AND published_at IS NULL AND cancelled_at IS NULL"
						+ " ORDER BY due_at, id FETCH FIRST " + limit + " ROWS ONLY",
				(rs, row) -> rs.getObject(1, UUID.class), at(now));
	}

	/** Claims a due reminder for sending; false if another server claimed it first. */
	public boolean claim(UUID id, Instant now) {
		return jdbc.update("UPDATE run_reminder SET published_at = ? WHERE id = ? AND published_at IS NULL"
				+ " AND cancelled_at IS NULL", at(now), id) == 1;
	}

	/**
	 * Cancels the run's reminders that were asked for at any other step than the one it
	 * is at now.
	 * @return how many
	 */
	public int cancelElsewhere(UUID runId, String step, Instant now) {
		return jdbc.update("UPDATE run_reminder SET cancelled_at = ? WHERE run_id = ? AND asked_at_step <> ?"
				+ " AND cancelled_at IS NULL", at(now), runId, step);
	}

	private static Stored row(ResultSet rs, int row) throws SQLException {
		return new Stored(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
				ReminderKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
				rs.getString(7), rs.getString(8), rs.getInt(9), rs.getInt(10), rs.getString(11), rs.getString(12),
				rs.getString(13), rs.getString(14), instant(rs, 15), instant(rs, 16), instantOrNull(rs, 17));
	}

}
