package app.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.base.AuditEvent;
import app.stepwise.base.JobLock;
import app.stepwise.base.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two servers count failed sign-ins in one database: every failure counts, whichever
 * server saw it and however many arrive at once, and a lockout that one server decided
 * holds on the other. On H2, and on PostgreSQL when {@code STEPWISE_TEST_POSTGRES_URL} is
 * set.
 */
class SharedSignInThrottleTest {

	private static final int THREADS_PER_SERVER = 8;

	private static final int FAILURES_PER_THREAD = 10;

	static Stream<String> databases() {
		return Stream.of("h2", "postgres");
	}

	private static TestDatabase database(String kind) {
		TestDatabase database = kind.equals("h2") ? TestDatabase.h2() : TestDatabase.postgres();
		Assumptions.assumeTrue(database != null, "STEPWISE_TEST_POSTGRES_URL is not set");
		return database;
	}

	private static SignInThrottle throttle(TestDatabase.Server server, int maxFailures, List<AuditEvent> audited) {
		return new SignInThrottle(
				new SecuritySettings(SecuritySettings.SignIn.FORM, List.of(), null,
						new SecuritySettings.Oidc("entra", "roles"),
						new SecuritySettings.Throttle(maxFailures, Duration.ofMinutes(15))),
				Clock.systemUTC(), server.jdbc(), server.transactions(), event -> audited.add((AuditEvent) event),
				new JobLock(server.jdbc()), SignInThrottle.MAX_NAMES);
	}

	/** Fails the name from every thread of both servers at once. */
	private static void failAtOnce(String name, SignInThrottle first, SignInThrottle second) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2 * THREADS_PER_SERVER);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> done = new ArrayList<>();
		for (int i = 0; i < 2 * THREADS_PER_SERVER; i++) {
			SignInThrottle server = i % 2 == 0 ? first : second;
			done.add(threads.submit(() -> {
				start.await();
				for (int j = 0; j < FAILURES_PER_THREAD; j++) {
					server.failed(name);
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> each : done) {
			each.get(60, TimeUnit.SECONDS);
		}
		threads.shutdown();
	}

	@ParameterizedTest
	@MethodSource("databases")
	void failuresCountedByTwoServersAtOnceAreAllCounted(String kind) throws Exception {
		TestDatabase database = database(kind);
		String name = "race-" + kind + "-" + System.nanoTime() + "@contoso.com";
		List<AuditEvent> audited = Collections.synchronizedList(new ArrayList<>());
		try (TestDatabase.Server one = database.connect(); TestDatabase.Server two = database.connect()) {
			SignInThrottle first = throttle(one, 1_000, audited);
			SignInThrottle second = throttle(two, 1_000, audited);

			failAtOnce(name, first, second);

			assertThat(first.failures(name)).isEqualTo(2 * THREADS_PER_SERVER * FAILURES_PER_THREAD);
			one.jdbc().update("DELETE FROM sign_in_failure WHERE name_key = ?", name);
		}
	}

	@ParameterizedTest
	@MethodSource("databases")
	void aNameLockedByFailuresOnBothServersIsLockedOnceAndRefusedByBoth(String kind) throws Exception {
		TestDatabase database = database(kind);
		String name = "lock-" + kind + "-" + System.nanoTime() + "@contoso.com";
		List<AuditEvent> audited = Collections.synchronizedList(new ArrayList<>());
		try (TestDatabase.Server one = database.connect(); TestDatabase.Server two = database.connect()) {
			SignInThrottle first = throttle(one, 5, audited);
			SignInThrottle second = throttle(two, 5, audited);

			failAtOnce(name, first, second);

			assertThat(audited).filteredOn(e -> e.action().equals(AuditEvent.SIGN_IN_LOCKED)).hasSize(1);
			assertThat(first.refusedFor(name)).isPresent();
			assertThat(second.refusedFor(name)).isPresent();
			one.jdbc().update("DELETE FROM sign_in_failure WHERE name_key = ?", name);
		}
	}

	@ParameterizedTest
	@MethodSource("databases")
	void fourFailuresOnOneServerAndOneOnTheOtherLockTheName(String kind) {
		TestDatabase database = database(kind);
		String name = "split-" + kind + "-" + System.nanoTime() + "@contoso.com";
		List<AuditEvent> audited = new ArrayList<>();
		try (TestDatabase.Server one = database.connect(); TestDatabase.Server two = database.connect()) {
			SignInThrottle first = throttle(one, 5, audited);
			SignInThrottle second = throttle(two, 5, audited);
			for (int i = 0; i < 4; i++) {
				first.failed(name);
			}
			assertThat(second.refusedFor(name)).isEmpty();

			second.failed(name);

			assertThat(first.refusedFor(name)).isPresent();
			one.jdbc().update("DELETE FROM sign_in_failure WHERE name_key = ?", name);
		}
	}

}
