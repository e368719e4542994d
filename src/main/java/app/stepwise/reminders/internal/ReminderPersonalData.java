package app.stepwise.reminders.internal;

import app.stepwise.base.SqlTimes;
import app.stepwise.privacy.Person;
import app.stepwise.privacy.PersonalData;
import app.stepwise.privacy.Records;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reminders ({@code run_reminder}): the operator's name and e-mail address, and the
 * address of the step to come back to. A reminder is needed only until it is sent or
 * cancelled: erasure deletes the person's reminders (one not sent yet is then not sent),
 * expiry deletes those sent or cancelled before the retention time (default 30 days).
 */
@Component
class ReminderPersonalData implements PersonalData {

	private static final String NAMES = "lower(operator_email) = ? OR lower(operator_name) = ?";

	private final JdbcTemplate jdbc;

	ReminderPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "reminders";
	}

	@Override
	public Duration defaultRetention() {
		return Duration.ofDays(30);
	}

	@Override
	public List<Map<String, String>> export(Person person) {
		return jdbc.query("SELECT id, run_id, kind, flow_id, step_id, address, operator_name, operator_email,"
				+ " language, requested_at, due_at, published_at, cancelled_at FROM run_reminder WHERE " + NAMES
				+ " ORDER BY requested_at", Records.asText(), person.id(), person.id());
	}

	@Override
	public int erase(Person person) {
		return jdbc.update("DELETE FROM run_reminder WHERE " + NAMES, person.id(), person.id());
	}

	@Override
	public int expire(Instant endedBefore) {
		OffsetDateTime before = SqlTimes.at(endedBefore);
		return jdbc.update("DELETE FROM run_reminder WHERE (published_at IS NOT NULL AND published_at < ?)"
				+ " OR (cancelled_at IS NOT NULL AND cancelled_at < ?)", before, before);
	}

}
