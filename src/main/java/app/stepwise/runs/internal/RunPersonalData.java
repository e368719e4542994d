package app.stepwise.runs.internal;

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
 * Saved runs ({@code flow_run}): who runs one, whom it is about, and what the tenant
 * showed. Erasure and expiry empty those three and keep the rest, which names nobody and
 * which the insight figures count; a run without its owner is in nobody's My runs. Its
 * retention defaults to {@code stepwise.runs.keep-finished}, which the runs' own upkeep
 * applies too.
 */
@Component
class RunPersonalData implements PersonalData {

	private static final String NAMES = "lower(owner) = ? OR lower(affected_user) = ?";

	private final JdbcTemplate jdbc;

	private final RunHousekeeping runs;

	private final RunsProperties properties;

	RunPersonalData(JdbcTemplate jdbc, RunHousekeeping runs, RunsProperties properties) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "saved-runs";
	}

	@Override
	public Duration defaultRetention() {
		return properties.keepFinished();
	}

	@Override
	public List<Map<String, String>> export(Person person) {
		return jdbc.query("SELECT id, owner, affected_user, tenant_id, flow_id, path, step_id, started_at,"
				+ " last_activity_at, outcome, ended_at, evidence FROM flow_run WHERE " + NAMES
				+ " ORDER BY last_activity_at", Records.asText(), person.id(), person.id());
	}

	@Override
	public int erase(Person person) {
		return jdbc.update("UPDATE flow_run SET owner = NULL, affected_user = NULL, evidence = NULL WHERE " + NAMES,
				person.id(), person.id());
	}

	@Override
	public int expire(Instant endedBefore) {
		return runs.forgetFinished(endedBefore);
	}

}
