package app.stepwise.insight;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.base.TestDatabase;
import app.stepwise.escalation.RequestStatus;
import app.stepwise.i18n.Language;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The insight screen's queries over 100,000 saved runs (spread over a year) and 10,000
 * support requests: the time to read every figure of the screen, for the periods and
 * filters it offers, as the median of repeated reads. Logged as BENCHMARK lines, not
 * asserted: a shared build machine decides the times as much as the code.
 *
 * <p>
 * Not part of the default test run (seeding takes a while); run it with
 * {@code ./mvnw test -Dtest=InsightAtScaleBenchmark}, and with
 * {@code STEPWISE_TEST_POSTGRES_URL} set for PostgreSQL too (see the README). On
 * PostgreSQL it seeds under the tenant {@code benchmark} and removes its rows again.
 */
class InsightAtScaleBenchmark {

	private static final Logger log = LoggerFactory.getLogger(InsightAtScaleBenchmark.class);

	private static final int RUNS = 100_000;

	private static final int REQUESTS = 10_000;

	private static final int REPEATS = 15;

	private static final String TENANT = "benchmark";

	private static final List<String> FLOWS = List.of("unlock-account", "reset-passwords", "compromise-response");

	private static final String[] OUTCOMES = { "RESOLVED", "RESOLVED", "RESOLVED", "RESOLVED", "RESOLVED", "ESCALATED",
			"ESCALATED", "ABANDONED", "ABANDONED", null };

	private static final String[] CLOUDS = { "worldwide", "worldwide", "worldwide", "germany", "21vianet" };

	static Stream<String> databases() {
		return Stream.of("h2", "postgres");
	}

	private static void seed(JdbcTemplate jdbc, Instant now) {
		Random random = new Random(14);
		List<Object[]> runs = new ArrayList<>(RUNS);
		for (int i = 0; i < RUNS; i++) {
			Instant started = now.minusSeconds(random.nextLong(365L * 24 * 60 * 60));
			String outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
			String flow = FLOWS.get(random.nextInt(FLOWS.size()));
			String step = "step-" + random.nextInt(12);
			Timestamp ended = outcome == null ? null : Timestamp.from(started.plusSeconds(60 + random.nextInt(7200)));
			runs.add(new Object[] { UUID.randomUUID(), flow, CLOUDS[random.nextInt(CLOUDS.length)],
					Language.values()[random.nextInt(Language.values().length)].tag(), TENANT, flow, step,
					Timestamp.from(started), ended == null ? Timestamp.from(started) : ended, outcome,
					outcome == null ? null : flow, outcome == null ? null : step, ended });
		}
		jdbc.batchUpdate("INSERT INTO flow_run (id, flow_id, flow_version, cloud, language, tenant_id, path, answers,"
				+ " step_flow_id, step_id, started_at, last_activity_at, outcome, end_step_flow_id, end_step_id,"
				+ " ended_at, version) VALUES (?, ?, 1, ?, ?, ?, '', 0, ?, ?, ?, ?, ?, ?, ?, ?, 0)", runs);
		List<Object[]> requests = new ArrayList<>(REQUESTS);
		for (int i = 0; i < REQUESTS; i++) {
			Timestamp created = Timestamp.from(now.minusSeconds(random.nextLong(365L * 24 * 60 * 60)));
			requests.add(new Object[] { UUID.randomUUID(), String.format("BENCH%011d", i), UUID.randomUUID(),
					FLOWS.get(random.nextInt(FLOWS.size())), CLOUDS[random.nextInt(CLOUDS.length)],
					Language.values()[random.nextInt(Language.values().length)].tag(),
					RequestStatus.values()[random.nextInt(RequestStatus.values().length)].name(), created, created });
		}
		jdbc.batchUpdate("INSERT INTO support_request (id, reference, run_id, flow_id, flow_version, step_flow_id,"
				+ " step_id, at_outcome, cloud, language, affected_user, operator_principal, description,"
				+ " contact_email, contact_phone, preferred_contact, status, created_at, updated_at, version)"
				+ " VALUES (?, ?, ?, ?, 1, 'x', 'escalate', TRUE, ?, ?, 'someone@contoso.example', 'desk', 'x',"
				+ " 'desk@contoso.example', '', 'EMAIL', ?, ?, ?, 0)", requests);
	}

	private static void unseed(JdbcTemplate jdbc) {
		jdbc.update("DELETE FROM flow_run WHERE tenant_id = ?", TENANT);
		jdbc.update("DELETE FROM support_request WHERE reference LIKE 'BENCH%'");
	}

	/**
	 * The median time of a read, each repeat a millisecond later than the one before, as
	 * the screen's "last days up to now" is: H2 would otherwise hand back the result of
	 * an identical query unchanged, and the figure would measure its cache.
	 */
	private static double medianMillis(LongConsumer read) {
		read.accept(REPEATS + 1);
		read.accept(REPEATS + 2);
		long[] times = new long[REPEATS];
		for (int i = 0; i < REPEATS; i++) {
			long started = System.nanoTime();
			read.accept(i);
			times[i] = System.nanoTime() - started;
		}
		Arrays.sort(times);
		return times[REPEATS / 2] / 1_000_000.0;
	}

	private static InsightPeriod period(int days, Instant now, long millisLater) {
		return InsightPeriod.lastDays(days, now.plusMillis(millisLater));
	}

	@ParameterizedTest
	@MethodSource("databases")
	void everyFigureOfTheScreenAtScale(String kind) {
		TestDatabase database = kind.equals("h2") ? TestDatabase.h2() : TestDatabase.postgres();
		Assumptions.assumeTrue(database != null, "STEPWISE_TEST_POSTGRES_URL is not set");
		Instant now = Instant.now();
		Clock clock = Clock.fixed(now, ZoneOffset.UTC);
		try (TestDatabase.Server server = database.connect()) {
			JdbcTemplate jdbc = server.jdbc();
			unseed(jdbc);
			long seeding = System.nanoTime();
			seed(jdbc, now);
			if (kind.equals("postgres")) {
				// What autovacuum does soon after a load: statistics, and the visibility
				// map that
				// lets an index answer alone.
				jdbc.execute("VACUUM ANALYZE flow_run");
				jdbc.execute("VACUUM ANALYZE support_request");
			}
			log.info("BENCHMARK {} seeded {} runs and {} requests in {} s", kind, RUNS, REQUESTS,
					(System.nanoTime() - seeding) / 1_000_000_000);
			InsightQueries queries = new InsightQueries(jdbc);
			try {
				for (int days : new int[] { 7, 30, 90, 365 }) {
					InsightFigures figures = Insight.figures(queries, InsightPeriod.lastDays(days, now),
							InsightFilter.NONE, clock);
					assertThat(figures.totals().started()).isPositive();
					InsightFilter oneFlow = InsightFilter.NONE.withFlow("unlock-account");
					InsightFilter narrowest = oneFlow.withLanguage(Language.SWEDISH).withTenant(TENANT);
					double all = medianMillis(
							ms -> Insight.figures(queries, period(days, now, ms), InsightFilter.NONE, clock));
					double flow = medianMillis(ms -> Insight.figures(queries, period(days, now, ms), oneFlow, clock));
					double narrow = medianMillis(
							ms -> Insight.figures(queries, period(days, now, ms), narrowest, clock));
					log.info(String.format(
							"BENCHMARK %s last %d days (%d runs): every figure, median of %d: %.1f ms unfiltered,"
									+ " %.1f ms one flow, %.1f ms flow+language+tenant",
							kind, days, figures.totals().started(), REPEATS, all, flow, narrow));
				}
				InsightFilter none = InsightFilter.NONE;
				log.info(String.format(
						"BENCHMARK %s last 30 days, per query (median ms): flows %.1f, median %.1f, left-at %.1f,"
								+ " escalated-at %.1f, weeks %.1f, requests %.1f",
						kind, medianMillis(ms -> queries.flows(period(30, now, ms), none)),
						medianMillis(ms -> queries.medianResolution(period(30, now, ms), none)),
						medianMillis(ms -> queries.endSteps(period(30, now, ms), none, "ABANDONED", 5)),
						medianMillis(ms -> queries.endSteps(period(30, now, ms), none, "ESCALATED", 5)),
						medianMillis(ms -> queries.weeks(period(30, now, ms), none)),
						medianMillis(ms -> queries.requests(period(30, now, ms), none, now))));
				log.info(String.format("BENCHMARK %s the tenants to filter by (median ms): %.1f", kind,
						medianMillis(ms -> queries.tenants())));
			}
			finally {
				unseed(jdbc);
			}
		}
	}

}
