package app.stepwise.escalation.internal;

import app.stepwise.base.SqlTimes;
import app.stepwise.privacy.Person;
import app.stepwise.privacy.PersonalData;
import app.stepwise.privacy.Records;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Notifications as personal data: each holds a copy of its request (names, addresses,
 * description) in the outbox ({@code event_publication}) until it is purged, and in the
 * dead letters once given up. A person's are found by their identifier anywhere in that
 * copy, and deleted on erasure: a notification about them that was not yet sent is not
 * sent. Dead letters are deleted once given up longer than the retention period (default
 * 90 days); sent notifications are purged after {@code purge.completed-after} anyway.
 */
@Component
class NotificationPersonalData implements PersonalData {

	private static final String MENTIONS = "lower(serialized_event) LIKE ? ESCAPE '\\'";

	private final JdbcTemplate jdbc;

	NotificationPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "notifications";
	}

	@Override
	public Duration defaultRetention() {
		return Duration.ofDays(90);
	}

	@Override
	public List<Map<String, String>> export(Person person) {
		String pattern = person.containedPattern();
		List<Map<String, String>> found = new ArrayList<>(jdbc.query(
				"SELECT 'outbox' AS record, publication_date, completion_date, completion_attempts, serialized_event"
						+ " FROM event_publication WHERE " + MENTIONS + " ORDER BY publication_date",
				Records.asText(), pattern));
		found.addAll(jdbc.query(
				"SELECT 'given-up' AS record, reference, channel, publication_date, given_up_at,"
						+ " serialized_event FROM notification_dead_letter WHERE " + MENTIONS + " ORDER BY given_up_at",
				Records.asText(), pattern));
		return found;
	}

	@Override
	public int erase(Person person) {
		String pattern = person.containedPattern();
		return jdbc.update("DELETE FROM event_publication WHERE " + MENTIONS, pattern)
				+ jdbc.update("DELETE FROM notification_dead_letter WHERE " + MENTIONS, pattern);
	}

	@Override
	public int expire(Instant endedBefore) {
		return jdbc.update("DELETE FROM notification_dead_letter WHERE given_up_at < ?", SqlTimes.at(endedBefore));
	}

}
