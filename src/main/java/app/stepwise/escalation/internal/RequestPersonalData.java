package app.stepwise.escalation.internal;

import app.stepwise.base.SqlTimes;
import app.stepwise.privacy.Person;
import app.stepwise.privacy.PersonalData;
import app.stepwise.privacy.Records;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Support requests as personal data: the affected user, the contact's e-mail address and
 * phone number, the description, the operator who filed it, and the comments and names of
 * status changes. Anonymized rather than deleted, so that the queue's history and the
 * statistics keep the flow, step, status and dates: the texts become empty.
 *
 * <p>
 * A person who is the affected user loses the whole request's personal part (it is about
 * them); as the contact, the contact's address and phone number; as the operator or the
 * author of a change, their name. Finished requests (resolved or closed) are anonymized
 * entirely once their last change is older than the retention period (default 180 days).
 */
@Component
class RequestPersonalData implements PersonalData {

	/** Requests about the person: they are the affected user. */
	private static final String ABOUT = "lower(affected_user) = ?";

	private static final String FINISHED_BEFORE = "status IN ('RESOLVED', 'CLOSED') AND updated_at < ?"
			+ " AND (affected_user <> '' OR operator_principal <> '' OR contact_email <> '')";

	private final JdbcTemplate jdbc;

	RequestPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "support-requests";
	}

	@Override
	public Duration defaultRetention() {
		return Duration.ofDays(180);
	}

	@Override
	public List<Map<String, String>> export(Person person) {
		List<Map<String, String>> found = new ArrayList<>(jdbc.query(
				"SELECT 'request' AS record, reference, status, flow_id, created_at, updated_at, affected_user,"
						+ " operator_principal, contact_email, contact_phone, preferred_contact, description"
						+ " FROM support_request WHERE lower(affected_user) = ? OR lower(contact_email) = ?"
						+ " OR lower(operator_principal) = ? ORDER BY created_at",
				Records.asText(), person.id(), person.id(), person.id()));
		found.addAll(jdbc.query("SELECT 'status-change' AS record, r.reference, c.changed_at, c.actor,"
				+ " c.from_status, c.to_status, c.comment FROM support_request_change c JOIN support_request r"
				+ " ON r.id = c.request_id WHERE lower(r.affected_user) = ? OR lower(c.actor) = ?"
				+ " ORDER BY c.changed_at", Records.asText(), person.id(), person.id()));
		return found;
	}

	@Override
	public int erase(Person person) {
		String id = person.id();
		int changed = jdbc.update("UPDATE support_request_change SET comment = '' WHERE comment <> '' AND request_id"
				+ " IN (SELECT id FROM support_request WHERE " + ABOUT + ")", id);
		changed += jdbc.update("UPDATE support_request_change SET actor = NULL WHERE lower(actor) = ?", id);
		changed += jdbc.update("UPDATE support_request SET affected_user = '', description = '', contact_email = '',"
				+ " contact_phone = '', version = version + 1 WHERE " + ABOUT, id);
		changed += jdbc.update("UPDATE support_request SET contact_email = '', contact_phone = '',"
				+ " version = version + 1 WHERE lower(contact_email) = ?", id);
		changed += jdbc.update("UPDATE support_request SET operator_principal = '', version = version + 1"
				+ " WHERE lower(operator_principal) = ?", id);
		return changed;
	}

	@Override
	public int expire(Instant endedBefore) {
		OffsetDateTime before = SqlTimes.at(endedBefore);
		jdbc.update("UPDATE support_request_change SET comment = '', actor = NULL WHERE request_id IN"
				+ " (SELECT id FROM support_request WHERE " + FINISHED_BEFORE + ")", before);
		return jdbc.update("UPDATE support_request SET affected_user = '', description = '', contact_email = '',"
				+ " contact_phone = '', operator_principal = '', version = version + 1 WHERE " + FINISHED_BEFORE,
				before);
	}

}
