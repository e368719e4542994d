package app.stepwise.insight;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.base.TestDatabase;
import app.stepwise.escalation.RequestStatus;
import app.stepwise.flow.Cloud;
import app.stepwise.i18n.Language;
import app.stepwise.insight.InsightFigures.StatusCount;
import app.stepwise.insight.InsightFigures.StepCount;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The insight figures from seeded runs and requests, on H2 and, when
 * {@code STEPWISE_TEST_POSTGRES_URL} is set, on PostgreSQL: counts per outcome,
 * deflection, the median time to resolution, the steps runs were left or escalated at,
 * the weekly trend and the requests by status with their median age. Every expected
 * number is worked out by hand from the rows seeded here. Each run of a test seeds under
 * a flow id of its own, so that the shared PostgreSQL database may hold other rows.
 */
class InsightQueriesTest {

	private static final Instant NOW = Instant.parse("2026-06-30T00:00:00Z");

	/** Four weeks: 1–7, 8–14, 15–21 and 22–28 June. */
	private static final InsightPeriod JUNE = new InsightPeriod(Instant.parse("2026-06-01T00:00:00Z"),
			Instant.parse("2026-06-29T00:00:00Z"));

	private final String flow = "flow-" + UUID.randomUUID().toString().substring(0, 8);

	private final String tenant = "tenant-" + UUID.randomUUID().toString().substring(0, 8);

	private final String otherTenant = "tenant-" + UUID.randomUUID().toString().substring(0, 8);

	static Stream<String> databases() {
		return Stream.of("h2", "postgres");
	}

	private static TestDatabase database(String kind) {
		TestDatabase database = kind.equals("h2") ? TestDatabase.h2() : TestDatabase.postgres();
		Assumptions.assumeTrue(database != null, "STEPWISE_TEST_POSTGRES_URL is not set");
		return database;
	}

	private static Instant june(int day, int hour, int minute) {
		return Instant.parse("2026-06-01T00:00:00Z").plus(Duration.ofDays(day - 1).plusHours(hour).plusMinutes(minute));
	}

	private static Timestamp at(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private UUID run(JdbcTemplate jdbc, Instant started, @Nullable String outcome, @Nullable String endStep,
			@Nullable Duration took, String language, String cloud, String tenantId) {
		UUID id = UUID.randomUUID();
		Instant ended = took == null ? null : started.plus(took);
		jdbc.update("INSERT INTO flow_run (id, flow_id, flow_version, cloud, language, tenant_id, path, answers,"
				+ " step_flow_id, step_id, started_at, last_activity_at, outcome, end_step_flow_id, end_step_id,"
				+ " ended_at, version) VALUES (?, ?, 1, ?, ?, ?, '', 0, ?, ?, ?, ?, ?, ?, ?, ?, 0)", id, flow, cloud,
				language, tenantId, flow, endStep == null ? "start" : endStep, at(started),
				at(ended == null ? started : ended), outcome, endStep == null ? null : flow, endStep, at(ended));
		return id;
	}

	private UUID run(JdbcTemplate jdbc, Instant started, @Nullable String outcome, @Nullable String endStep,
			@Nullable Duration took) {
		return run(jdbc, started, outcome, endStep, took, "en", "worldwide", tenant);
	}

	private void request(JdbcTemplate jdbc, UUID runId, RequestStatus status, Instant created) {
		jdbc.update(
				"INSERT INTO support_request (id, reference, run_id, flow_id, flow_version, step_flow_id, step_id,"
						+ " at_outcome, cloud, language, affected_user, operator_principal, description, contact_email,"
						+ " contact_phone, preferred_contact, status, created_at, updated_at, version)"
						+ " VALUES (?, ?, ?, ?, 1, ?, 'escalate', TRUE, 'worldwide', 'en', 'adele@contoso.example',"
						+ " 'desk', 'It did not help.', 'desk@contoso.example', '', 'EMAIL', ?, ?, ?, 0)",
				UUID.randomUUID(), UUID.randomUUID().toString().substring(0, 16), runId, flow, flow, status.name(),
				at(created), at(created));
	}

	/**
	 * Eleven runs start in June's four weeks, two just outside, one without a start
	 * (recorded before runs were saved).
	 */
	private void seedRuns(JdbcTemplate jdbc) {
		// Week 1 (1–7 June).
		run(jdbc, june(1, 10, 0), "RESOLVED", "solved", Duration.ofMinutes(10));
		run(jdbc, june(2, 10, 0), "RESOLVED", "solved", Duration.ofMinutes(30));
		run(jdbc, june(3, 10, 0), "ESCALATED", "escalate", Duration.ofMinutes(20));
		run(jdbc, june(7, 23, 59), "ABANDONED", "check-mfa", Duration.ofDays(1));
		// Week 2 (8–14 June).
		run(jdbc, june(8, 0, 0), "RESOLVED", "solved", Duration.ofMinutes(5), "sv", "worldwide", tenant);
		run(jdbc, june(9, 9, 0), "ESCALATED", "escalate", Duration.ofMinutes(3), "en", "21vianet", tenant);
		run(jdbc, june(10, 9, 0), "ESCALATED", "check-licence", Duration.ofMinutes(7));
		run(jdbc, june(11, 9, 0), "ABANDONED", "check-mfa", Duration.ofDays(1));
		run(jdbc, june(14, 9, 0), "ABANDONED", "reset", Duration.ofDays(1));
		// Week 3 (15–21 June): nothing. Week 4 (22–28 June): one resolved, one still
		// open.
		run(jdbc, june(22, 9, 0), "RESOLVED", "solved", Duration.ofHours(1), "en", "worldwide", otherTenant);
		run(jdbc, june(28, 23, 59), null, null, null);
		// Outside the period: a second before it, and at its (exclusive) end.
		run(jdbc, JUNE.from().minusSeconds(1), "RESOLVED", "solved", Duration.ofMinutes(1));
		run(jdbc, JUNE.to(), "ESCALATED", "escalate", Duration.ofMinutes(1));
		// Recorded before runs were saved: no start, counted in no period.
		jdbc.update(
				"INSERT INTO flow_run (id, flow_id, flow_version, path, answers, step_flow_id, step_id,"
						+ " last_activity_at, outcome, end_step_flow_id, end_step_id, ended_at, version)"
						+ " VALUES (?, ?, 1, '', 0, ?, 'solved', ?, 'RESOLVED', ?, 'solved', ?, 0)",
				UUID.randomUUID(), flow, flow, at(june(5, 0, 0)), flow, at(june(5, 0, 0)));
	}

	private InsightFigures figures(JdbcTemplate jdbc, InsightFilter filter) {
		return Insight.figures(new InsightQueries(jdbc), JUNE, filter, Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@ParameterizedTest
	@MethodSource("databases")
	void runsAreCountedByOutcomeWithTheirDeflectionAndMedianTimeToResolution(String kind) {
		try (TestDatabase.Server server = database(kind).connect()) {
			seedRuns(server.jdbc());

			InsightFigures figures = figures(server.jdbc(), InsightFilter.NONE.withFlow(flow));

			// Started 1 June to 28 June: four resolved, three escalated, three left, one
			// open.
			assertThat(figures.totals()).isEqualTo(new OutcomeCounts(11, 4, 3, 3));
			assertThat(figures.totals().open()).isEqualTo(1);
			// Resolved ÷ (resolved + escalated) = 4 ÷ 7.
			assertThat(figures.totals().deflection()).hasValue(4.0 / 7.0);
			// Resolved in 5, 10, 30 and 60 minutes: the middle of 10 and 30 is 20.
			assertThat(figures.medianResolution()).hasValue(Duration.ofMinutes(20));
			assertThat(figures.flows()).singleElement()
				.isEqualTo(new InsightFigures.FlowCounts(flow, new OutcomeCounts(11, 4, 3, 3)));
		}
	}

	@ParameterizedTest
	@MethodSource("databases")
	void theStepsRunsAreLeftAtAndEscalatedFromComeMostFirst(String kind) {
		try (TestDatabase.Server server = database(kind).connect()) {
			seedRuns(server.jdbc());

			InsightFigures figures = figures(server.jdbc(), InsightFilter.NONE.withFlow(flow));

			assertThat(figures.abandonedAt()).containsExactly(new StepCount(flow, "check-mfa", 2),
					new StepCount(flow, "reset", 1));
			assertThat(figures.escalatedAt()).containsExactly(new StepCount(flow, "escalate", 2),
					new StepCount(flow, "check-licence", 1));
		}
	}

	@ParameterizedTest
	@MethodSource("databases")
	void everyWeekOfThePeriodHasItsCountsEvenWhenEmpty(String kind) {
		try (TestDatabase.Server server = database(kind).connect()) {
			seedRuns(server.jdbc());

			InsightFigures figures = figures(server.jdbc(), InsightFilter.NONE.withFlow(flow));

			assertThat(figures.weeks()).extracting(InsightFigures.WeekCounts::start)
				.containsExactly(june(1, 0, 0), june(8, 0, 0), june(15, 0, 0), june(22, 0, 0));
			assertThat(figures.weeks()).extracting(InsightFigures.WeekCounts::counts)
				.containsExactly(new OutcomeCounts(4, 2, 1, 1), new OutcomeCounts(5, 1, 2, 2), OutcomeCounts.NONE,
						new OutcomeCounts(2, 1, 0, 0));
		}
	}

	@ParameterizedTest
	@MethodSource("databases")
	void theLanguageCloudAndTenantFiltersCountOnlyTheirRuns(String kind) {
		try (TestDatabase.Server server = database(kind).connect()) {
			seedRuns(server.jdbc());
			InsightFilter june = InsightFilter.NONE.withFlow(flow);

			InsightFigures swedish = figures(server.jdbc(), june.withLanguage(Language.SWEDISH));
			InsightFigures china = figures(server.jdbc(), june.withCloud(Cloud.CHINA_21VIANET));
			InsightFigures other = figures(server.jdbc(), june.withTenant(otherTenant));

			assertThat(swedish.totals()).isEqualTo(new OutcomeCounts(1, 1, 0, 0));
			assertThat(swedish.medianResolution()).hasValue(Duration.ofMinutes(5));
			assertThat(china.totals()).isEqualTo(new OutcomeCounts(1, 0, 1, 0));
			assertThat(china.totals().deflection()).hasValue(0.0);
			assertThat(china.medianResolution()).isEmpty();
			assertThat(other.totals()).isEqualTo(new OutcomeCounts(1, 1, 0, 0));
			assertThat(other.medianResolution()).hasValue(Duration.ofHours(1));
			assertThat(new InsightQueries(server.jdbc()).tenants()).contains(tenant, otherTenant);
		}
	}

	@ParameterizedTest
	@MethodSource("databases")
	void aPeriodWithoutRunsHasNoDeflectionAndNoMedianRatherThanADivisionByZero(String kind) {
		try (TestDatabase.Server server = database(kind).connect()) {
			InsightFigures figures = figures(server.jdbc(), InsightFilter.NONE.withFlow(flow));

			assertThat(figures.totals()).isEqualTo(OutcomeCounts.NONE);
			assertThat(figures.totals().deflection()).isEmpty();
			assertThat(figures.medianResolution()).isEmpty();
			assertThat(figures.abandonedAt()).isEmpty();
			assertThat(figures.weeks()).hasSize(4).allMatch(w -> w.counts().equals(OutcomeCounts.NONE));
			assertThat(figures.requests()).isEmpty();
		}
	}

	@ParameterizedTest
	@MethodSource("databases")
	void requestsAreCountedByStatusWithTheMedianTimeSinceTheyWereFiled(String kind) {
		try (TestDatabase.Server server = database(kind).connect()) {
			JdbcTemplate jdbc = server.jdbc();
			UUID china = run(jdbc, june(9, 9, 0), "ESCALATED", "escalate", Duration.ofMinutes(3), "en", "21vianet",
					otherTenant);
			// Filed 2, 4 and 10 days before now: the middle one is 4 days old.
			request(jdbc, run(jdbc, june(27, 0, 0), "ESCALATED", "escalate", null), RequestStatus.NEW, june(28, 0, 0));
			request(jdbc, run(jdbc, june(25, 0, 0), "ESCALATED", "escalate", null), RequestStatus.NEW, june(26, 0, 0));
			request(jdbc, china, RequestStatus.NEW, june(20, 0, 0));
			// 20 and 10 days old: the median of two is halfway, 15 days.
			request(jdbc, run(jdbc, june(9, 0, 0), "ESCALATED", "escalate", null), RequestStatus.IN_PROGRESS,
					june(10, 0, 0));
			request(jdbc, run(jdbc, june(19, 0, 0), "ESCALATED", "escalate", null), RequestStatus.IN_PROGRESS,
					june(20, 0, 0));
			request(jdbc, run(jdbc, june(1, 0, 0), "ESCALATED", "escalate", null), RequestStatus.CLOSED,
					june(1, 12, 0));
			// Filed before the period.
			request(jdbc, run(jdbc, june(1, 0, 0), "ESCALATED", "escalate", null), RequestStatus.NEW,
					JUNE.from().minusSeconds(1));

			InsightFigures all = figures(jdbc, InsightFilter.NONE.withFlow(flow));
			InsightFigures ofTenant = figures(jdbc, InsightFilter.NONE.withFlow(flow).withTenant(otherTenant));

			assertThat(all.requests()).containsExactly(
					new StatusCount(RequestStatus.NEW, 3, java.util.Optional.of(Duration.ofDays(4))),
					new StatusCount(RequestStatus.IN_PROGRESS, 2, java.util.Optional.of(Duration.ofDays(15))),
					new StatusCount(RequestStatus.CLOSED, 1, java.util.Optional.of(Duration.ofDays(28).plusHours(12))));
			assertThat(ofTenant.requests())
				.containsExactly(new StatusCount(RequestStatus.NEW, 1, java.util.Optional.of(Duration.ofDays(10))));
		}
	}

}
