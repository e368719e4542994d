package app.stepwise.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Two servers, each an application context with its own connection pool, schedule the
 * same job every 50 ms on one database: the job never runs on both at once, runs about
 * once per hold period across both (not four times, as each server would alone), and
 * moves to the other server when the one holding it stops. On H2, and on PostgreSQL when
 * {@code STEPWISE_TEST_POSTGRES_URL} is set.
 */
class JobLockTest {

	static final Duration HOLD = Duration.ofMillis(200);

	/** Start and end of each run of the job, and which server ran it. */
	record Run(String server, Instant start, Instant end) {
	}

	static Stream<String> databases() {
		return Stream.of("h2", "postgres");
	}

	/** The job as a server schedules it. */
	static class Job {

		static final List<Run> runs = Collections.synchronizedList(new ArrayList<>());

		static final AtomicInteger running = new AtomicInteger();

		static final AtomicInteger overlaps = new AtomicInteger();

		private final JobLock lock;

		private final String server;

		Job(JobLock lock, String server) {
			this.lock = lock;
			this.server = server;
		}

		@Scheduled(fixedDelay = 50)
		void run() {
			lock.runExclusively("test-job-" + server.substring(0, server.indexOf('/')), HOLD, Duration.ofSeconds(5),
					() -> {
						Instant start = Instant.now();
						if (running.incrementAndGet() > 1) {
							overlaps.incrementAndGet();
						}
						try {
							Thread.sleep(20);
						}
						catch (InterruptedException e) {
							Thread.currentThread().interrupt();
						}
						running.decrementAndGet();
						runs.add(new Run(server, start, Instant.now()));
					});
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	static class Server {

		@Bean
		Job job(TestDatabase.Server database, String name) {
			return new Job(new JobLock(database.jdbc()), name);
		}

	}

	private static AnnotationConfigApplicationContext server(TestDatabase.Server database, String name) {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		context.registerBean(TestDatabase.Server.class, () -> database);
		context.registerBean(String.class, () -> name);
		context.register(Server.class);
		context.refresh();
		return context;
	}

	@ParameterizedTest
	@MethodSource("databases")
	void aJobScheduledOnTwoServersRunsOnOneAtATimeAndMovesWhenItsServerStops(String kind) {
		TestDatabase database = kind.equals("h2") ? TestDatabase.h2() : TestDatabase.postgres();
		Assumptions.assumeTrue(database != null, "STEPWISE_TEST_POSTGRES_URL is not set");
		Job.runs.clear();
		Job.overlaps.set(0);
		// Both servers name the job alike: the part before '/' ("kind-time").
		String job = kind + "-" + System.nanoTime();
		try (TestDatabase.Server one = database.connect(); TestDatabase.Server two = database.connect()) {
			AnnotationConfigApplicationContext first = server(one, job + "/first");
			AnnotationConfigApplicationContext second = server(two, job + "/second");
			try {
				await().atMost(Duration.ofSeconds(20)).until(() -> Job.runs.size() >= 8);
				first.close();
				int before = Job.runs.size();
				await().atMost(Duration.ofSeconds(20))
					.until(() -> Job.runs.size() > before && Job.runs.getLast().server().endsWith("/second"));
				second.close();

				List<Run> runs = List.copyOf(Job.runs);
				assertThat(Job.overlaps).hasValue(0);
				// At most one run per hold period across both servers (plus one for where
				// the window cuts a period).
				Duration window = Duration.between(runs.getFirst().start(), runs.getLast().start());
				assertThat(runs.size()).isLessThanOrEqualTo((int) (window.toMillis() / HOLD.toMillis()) + 2);
			}
			finally {
				first.close();
				second.close();
			}
		}
	}

}
