package app.stepwise.security;

import app.stepwise.base.SqlTimes;
import app.stepwise.privacy.Person;
import app.stepwise.privacy.PersonalData;
import app.stepwise.privacy.Records;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sign-in throttle's count of failed sign-ins for a user name
 * ({@code sign_in_failure}): how many, when the last was, until when the name is locked.
 * The throttle forgets a count once its lockout is over; retention (default 1 day)
 * deletes any older than that.
 */
@Component
class SignInFailurePersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	SignInFailurePersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "sign-in-failures";
	}

	@Override
	public Duration defaultRetention() {
		return Duration.ofDays(1);
	}

	@Override
	public List<Map<String, String>> export(Person person) {
		return jdbc.query("SELECT name_key AS user_name, failures, last_failure, locked_until FROM sign_in_failure"
				+ " WHERE name_key = ?", Records.asText(), key(person));
	}

	@Override
	public int erase(Person person) {
		return jdbc.update("DELETE FROM sign_in_failure WHERE name_key = ?", key(person));
	}

	@Override
	public int expire(Instant endedBefore) {
		return jdbc.update("DELETE FROM sign_in_failure WHERE last_failure < ?", SqlTimes.at(endedBefore));
	}

	/** The throttle's key for the person: their name, cut as the throttle cuts it. */
	private static String key(Person person) {
		String id = person.id();
		return id.length() > SignInThrottle.KEY_LENGTH ? id.substring(0, SignInThrottle.KEY_LENGTH) : id;
	}

}
