package app.stepwise.insight;

import app.stepwise.base.SqlTimes;
import app.stepwise.escalation.RequestStatus;
import app.stepwise.insight.InsightFigures.FlowCounts;
import app.stepwise.insight.InsightFigures.StatusCount;
import app.stepwise.insight.InsightFigures.StepCount;
import app.stepwise.insight.InsightFigures.WeekCounts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The insight figures, each aggregated by the database from the saved runs
 * ({@code flow_run}) and the support requests: a handful of {@code GROUP BY} queries
 * whose answers have as many rows as there are flows, steps, weeks or statuses, never one
 * per run.
 *
 * <p>
 * Medians are {@code PERCENTILE_CONT(0.5)}, which H2 2 and PostgreSQL both know, over
 * seconds since 1970 ({@code EXTRACT(EPOCH FROM …)}, also known to both): a difference of
 * two such numbers is a duration without the interval types the two databases write
 * differently. (H2 2.4 refuses a {@code CAST} inside a grouped {@code PERCENTILE_CONT}:
 * the median per status orders by the plain {@code EXTRACT}, which PostgreSQL widens to a
 * double by itself.) Weeks are counted from the period's start in the same seconds, so
 * that no time zone or calendar function of either database is involved.
 */
@Component
class InsightQueries {

	private static final String EPOCH_STARTED = "CAST(EXTRACT(EPOCH FROM started_at) AS DOUBLE PRECISION)";

	private static final String EPOCH_ENDED = "CAST(EXTRACT(EPOCH FROM ended_at) AS DOUBLE PRECISION)";

	private static final String COUNTS = "COUNT(*) AS started, "
			+ "SUM(CASE WHEN outcome = 'RESOLVED' THEN 1 ELSE 0 END) AS resolved, "
			+ "SUM(CASE WHEN outcome = 'ESCALATED' THEN 1 ELSE 0 END) AS escalated, "
			+ "SUM(CASE WHEN outcome = 'ABANDONED' THEN 1 ELSE 0 END) AS abandoned";

	private final NamedParameterJdbcTemplate jdbc;

	InsightQueries(JdbcTemplate jdbc) {
		this.jdbc = new NamedParameterJdbcTemplate(jdbc);
	}

	/** The runs the filter selects that started in the period, as SQL and parameters. */
	private record Selection(String where, MapSqlParameterSource parameters) {
	}

	private static Selection runs(InsightPeriod period, InsightFilter filter) {
		return selection("started_at", "tenant_id = :tenant", period, filter);
	}

	/**
	 * The rows of a table whose {@code timeColumn} falls in the period, narrowed by the
	 * filter; {@code tenantCondition} says how the table's rows belong to a tenant.
	 */
	private static Selection selection(String timeColumn, String tenantCondition, InsightPeriod period,
			InsightFilter filter) {
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("from", SqlTimes.at(period.from()))
			.addValue("to", SqlTimes.at(period.to()));
		StringBuilder where = new StringBuilder(" WHERE " + timeColumn + " >= :from AND " + timeColumn + " < :to");
		if (filter.flowId() != null) {
			where.append(" AND flow_id = :flow");
			parameters.addValue("flow", filter.flowId());
		}
		if (filter.language() != null) {
			where.append(" AND language = :language");
			parameters.addValue("language", filter.language().tag());
		}
		if (filter.cloud() != null) {
			where.append(" AND cloud = :cloud");
			parameters.addValue("cloud", filter.cloud().id());
		}
		if (filter.tenantId() != null) {
			where.append(" AND ").append(tenantCondition);
			parameters.addValue("tenant", filter.tenantId());
		}
		return new Selection(where.toString(), parameters);
	}

	private static OutcomeCounts counts(ResultSet row) throws SQLException {
		return new OutcomeCounts(row.getLong("started"), row.getLong("resolved"), row.getLong("escalated"),
				row.getLong("abandoned"));
	}

	/** How the runs went per flow they started in, most runs first. */
	List<FlowCounts> flows(InsightPeriod period, InsightFilter filter) {
		Selection runs = runs(period, filter);
		return jdbc.query(
				"SELECT flow_id, " + COUNTS + " FROM flow_run" + runs.where()
						+ " GROUP BY flow_id ORDER BY started DESC, flow_id",
				runs.parameters(), (row, n) -> new FlowCounts(row.getString("flow_id"), counts(row)));
	}

	/** The median time from start to resolution of the resolved runs. */
	Optional<Duration> medianResolution(InsightPeriod period, InsightFilter filter) {
		Selection runs = runs(period, filter);
		Double seconds = jdbc.queryForObject(
				"SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY " + EPOCH_ENDED + " - " + EPOCH_STARTED
						+ ") FROM flow_run" + runs.where() + " AND outcome = 'RESOLVED' AND ended_at IS NOT NULL",
				runs.parameters(), Double.class);
		return Optional.ofNullable(seconds).map(InsightQueries::duration);
	}

	private static Duration duration(double seconds) {
		return Duration.ofMillis(Math.round(seconds * 1000));
	}

	/**
	 * The steps most runs ended at with the outcome, at most {@code limit}, most first.
	 */
	List<StepCount> endSteps(InsightPeriod period, InsightFilter filter, String outcome, int limit) {
		Selection runs = runs(period, filter);
		runs.parameters().addValue("outcome", outcome).addValue("limit", limit);
		return jdbc.query(
				"SELECT end_step_flow_id, end_step_id, COUNT(*) AS runs FROM flow_run" + runs.where()
						+ " AND outcome = :outcome AND end_step_id IS NOT NULL GROUP BY end_step_flow_id, end_step_id"
						+ " ORDER BY runs DESC, end_step_flow_id, end_step_id FETCH FIRST :limit ROWS ONLY",
				runs.parameters(), (row, n) -> new StepCount(row.getString("end_step_flow_id"),
						row.getString("end_step_id"), row.getLong("runs")));
	}

	/**
	 * How the runs went in each week of the period, every week listed, also empty ones.
	 */
	List<WeekCounts> weeks(InsightPeriod period, InsightFilter filter) {
		Selection runs = runs(period, filter);
		runs.parameters()
			.addValue("start", (double) period.from().getEpochSecond())
			.addValue("week", (double) InsightPeriod.WEEK_SECONDS);
		OutcomeCounts[] weeks = new OutcomeCounts[period.weeks()];
		jdbc.query("SELECT week, " + COUNTS + " FROM (SELECT FLOOR((" + EPOCH_STARTED + " - :start) / :week) AS week,"
				+ " outcome FROM flow_run" + runs.where() + ") w GROUP BY week", runs.parameters(), row -> {
					int week = (int) row.getDouble("week");
					if (week >= 0 && week < weeks.length) {
						weeks[week] = counts(row);
					}
				});
		List<WeekCounts> all = new ArrayList<>(weeks.length);
		for (int i = 0; i < weeks.length; i++) {
			all.add(new WeekCounts(period.weekStart(i), weeks[i] == null ? OutcomeCounts.NONE : weeks[i]));
		}
		return all;
	}

	/**
	 * The support requests filed in the period by their status now, with the median time
	 * since they were filed. Requests record no tenant: the tenant filter selects them
	 * through the saved run they came from.
	 */
	List<StatusCount> requests(InsightPeriod period, InsightFilter filter, Instant now) {
		Selection requests = selection("created_at", "run_id IN (SELECT id FROM flow_run WHERE tenant_id = :tenant)",
				period, filter);
		double nowSeconds = now.toEpochMilli() / 1000.0;
		List<StatusCount> counts = new ArrayList<>();
		jdbc.query("SELECT status, COUNT(*) AS requests, PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY"
				+ " EXTRACT(EPOCH FROM created_at)) AS middle FROM support_request" + requests.where()
				+ " GROUP BY status", requests.parameters(), row -> {
					RequestStatus status = RequestStatus.valueOf(row.getString("status"));
					counts.add(new StatusCount(status, row.getLong("requests"),
							Optional.of(duration(Math.max(0, nowSeconds - row.getDouble("middle"))))));
				});
		counts.sort(Comparator.comparing(StatusCount::status));
		return counts;
	}

	/** The tenants runs were recorded for, for the filter. */
	List<String> tenants() {
		return jdbc.getJdbcTemplate()
			.queryForList("SELECT DISTINCT tenant_id FROM flow_run WHERE tenant_id IS NOT NULL ORDER BY tenant_id",
					String.class);
	}

}
