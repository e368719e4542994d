package app.stepwise.reminders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.base.TestDatabase;
import app.stepwise.reminders.MovableClock;
import app.stepwise.reminders.ReminderKind;
import app.stepwise.wizard.RunEnded;
import app.stepwise.wizard.RunMovedOn;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Due reminders with a clock the test moves, each server a reminder service with its own
 * connection pool over one database: a reminder is handed to the outbox when due and not
 * before, not at all once the run moved on or ended, once across a restart, and once when
 * two servers look at the same moment. On H2, and on PostgreSQL when
 * {@code STEPWISE_TEST_POSTGRES_URL} is set.
 */
class DueRemindersTest {

	private static final Instant T0 = Instant.parse("2027-03-01T12:00:00Z");

	private final MovableClock clock = new MovableClock(T0);

	private final List<TestDatabase.Server> servers = new ArrayList<>();

	/** What one server handed to the outbox. */
	private final List<ReminderDue> published = Collections.synchronizedList(new ArrayList<>());

	static Stream<String> databases() {
		return Stream.of("h2", "postgres");
	}

	private TestDatabase database(String kind) {
		TestDatabase database = kind.equals("h2") ? TestDatabase.h2() : TestDatabase.postgres();
		Assumptions.assumeTrue(database != null, "STEPWISE_TEST_POSTGRES_URL is not set");
		return database;
	}

	/** A server's reminder service; a new one over the same database is a restart. */
	private DueReminders server(TestDatabase database) {
		TestDatabase.Server server = database.connect();
		servers.add(server);
		return new DueReminders(new ReminderStore(server.jdbc()), server.transactions(),
				event -> published.add((ReminderDue) event), clock);
	}

	private ReminderStore store(TestDatabase database) {
		TestDatabase.Server server = database.connect();
		servers.add(server);
		server.jdbc().update("DELETE FROM run_reminder");
		return new ReminderStore(server.jdbc());
	}

	@AfterEach
	void stopServers() {
		servers.forEach(TestDatabase.Server::close);
	}

	/**
	 * A reminder asked for at T0 at the step unblock-sender, due after the given time.
	 */
	private static ReminderStore.Stored reminder(UUID runId, ReminderKind kind, Duration after) {
		return new ReminderStore.Stored(UUID.randomUUID(), runId, kind, "unlock-account", "unlock-account",
				"unblock-sender", "unlock-account/unblock-sender",
				"flow/unlock-account/unblock-sender?path=cannot-send.listed.already-secured", 1, 24, "anna",
				"anna@contoso.com", "sv", "https://stepwise.contoso.com", T0, T0.plus(after), null);
	}

	@ParameterizedTest
	@MethodSource("databases")
	void aReminderIsHandedOnWhenDueAndNotBefore(String kind) {
		TestDatabase database = database(kind);
		ReminderStore store = store(database);
		UUID run = UUID.randomUUID();
		ReminderStore.Stored usual = reminder(run, ReminderKind.USUAL, Duration.ofHours(1));
		ReminderStore.Stored latest = reminder(run, ReminderKind.LATEST, Duration.ofHours(24));
		store.insert(usual);
		store.insert(latest);
		DueReminders due = server(database);

		clock.set(T0.plus(Duration.ofMinutes(59)));
		assertThat(due.sendDue()).isZero();

		clock.set(T0.plus(Duration.ofHours(1)));
		assertThat(due.sendDue()).isOne();
		assertThat(published).extracting(ReminderDue::reminderId).containsExactly(usual.id());
		assertThat(store.pending(run)).extracting(ReminderStore.Stored::id).containsExactly(latest.id());

		clock.set(T0.plus(Duration.ofHours(25)));
		assertThat(due.sendDue()).isOne();
		assertThat(published).extracting(ReminderDue::reminderId).containsExactly(usual.id(), latest.id());
	}

	@ParameterizedTest
	@MethodSource("databases")
	void aRunThatMovesOnOrEndsCancelsItsReminders(String kind) {
		TestDatabase database = database(kind);
		ReminderStore store = store(database);
		RunProgress progress = new RunProgress(store);
		UUID movedOn = UUID.randomUUID();
		UUID ended = UUID.randomUUID();
		UUID stays = UUID.randomUUID();
		store.insert(reminder(movedOn, ReminderKind.USUAL, Duration.ofHours(1)));
		store.insert(reminder(ended, ReminderKind.USUAL, Duration.ofHours(1)));
		store.insert(reminder(stays, ReminderKind.USUAL, Duration.ofHours(1)));

		Instant at = T0.plus(Duration.ofMinutes(10));
		progress.on(new RunMovedOn(movedOn, "unlock-account", "unlock-account", "waited-long-enough", at));
		progress.on(new RunEnded(ended, "unlock-account", 1, "unlock-account", "escalate",
				Optional.of(app.stepwise.flow.OutcomeKind.ESCALATE), List.of(), at));
		// Arriving at the step the reminder was asked at, or being abandoned there, keeps
		// it.
		progress.on(new RunMovedOn(stays, "unlock-account", "unlock-account", "unblock-sender", at));
		progress.on(new RunEnded(stays, "unlock-account", 1, "unlock-account", "unblock-sender", Optional.empty(),
				List.of(), at));

		clock.set(T0.plus(Duration.ofHours(2)));
		assertThat(server(database).sendDue()).isOne();
		assertThat(store.find(published.getFirst().reminderId()).orElseThrow().runId()).isEqualTo(stays);
		assertThat(store.pending(movedOn)).isEmpty();
		assertThat(store.pending(ended)).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("databases")
	void aReminderHandedOnBeforeARestartIsNotHandedOnAgain(String kind) {
		TestDatabase database = database(kind);
		ReminderStore store = store(database);
		store.insert(reminder(UUID.randomUUID(), ReminderKind.USUAL, Duration.ofHours(1)));
		clock.set(T0.plus(Duration.ofHours(2)));

		assertThat(server(database).sendDue()).isOne();
		// The server stops; a new one starts over the same database.
		stopServers();
		servers.clear();
		assertThat(server(database).sendDue()).isZero();
		assertThat(published).hasSize(1);
	}

	@ParameterizedTest
	@MethodSource("databases")
	void twoServersLookingAtOnceHandEachReminderOnOnce(String kind) throws Exception {
		TestDatabase database = database(kind);
		ReminderStore store = store(database);
		Set<UUID> ids = new HashSet<>();
		for (int i = 0; i < 60; i++) {
			ReminderStore.Stored r = reminder(UUID.randomUUID(), ReminderKind.USUAL, Duration.ofHours(1));
			store.insert(r);
			ids.add(r.id());
		}
		clock.set(T0.plus(Duration.ofHours(2)));
		DueReminders one = server(database);
		DueReminders two = server(database);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> claimed = new ArrayList<>();
			for (DueReminders server : List.of(one, two)) {
				Callable<Integer> look = () -> {
					start.await();
					return server.sendDue();
				};
				claimed.add(threads.submit(look));
			}
			start.countDown();
			int total = claimed.get(0).get() + claimed.get(1).get();

			assertThat(total).isEqualTo(60);
			assertThat(published).hasSize(60);
			assertThat(published).extracting(ReminderDue::reminderId).doesNotHaveDuplicates().containsAll(ids);
		}
		finally {
			threads.shutdownNow();
		}
	}

}
