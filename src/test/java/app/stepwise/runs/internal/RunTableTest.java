package app.stepwise.runs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.base.JobLock;
import app.stepwise.base.TestDatabase;
import app.stepwise.runs.MovableClock;
import app.stepwise.runs.RunEnd;
import app.stepwise.runs.SavedRun;
import app.stepwise.wizard.RunEnded;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataAccessException;

/**
 * Saved runs in the database: saved as they go, only ever found by their owner, marked
 * abandoned when idle too long and forgotten when finished long enough ago, with a clock
 * the test moves. On H2, and on PostgreSQL when {@code STEPWISE_TEST_POSTGRES_URL} is
 * set.
 */
class RunTableTest {

	private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

	static Stream<String> databases() {
		return Stream.of("h2", "postgres");
	}

	private static TestDatabase database(String kind) {
		TestDatabase database = kind.equals("h2") ? TestDatabase.h2() : TestDatabase.postgres();
		Assumptions.assumeTrue(database != null, "STEPWISE_TEST_POSTGRES_URL is not set");
		return database;
	}

	private static RunState state(UUID id, String owner, List<String> path, String stepId, @Nullable RunEnd end,
			Instant firstAnswer) {
		List<@Nullable Instant> times = new ArrayList<>();
		List<RunState.StepAt> steps = new ArrayList<>();
		for (int i = 0; i < path.size(); i++) {
			times.add(firstAnswer.plusSeconds(60L * i));
			steps.add(new RunState.StepAt("unlock-account", "step-" + i));
		}
		return new RunState(id, owner, "kim@contoso.example", "contoso", "[]", "unlock-account", 3, "worldwide", "sv",
				path, times, steps, "unlock-account", stepId, end, null);
	}

	@ParameterizedTest
	@MethodSource("databases")
	void aRunIsSavedAsItGoesAndOnlyItsOwnerFindsIt(String kind) {
		try (TestDatabase.Server server = database(kind).connect()) {
			RunTable table = new RunTable(server.jdbc(), server.transactions());
			String owner = "anna-" + UUID.randomUUID();
			UUID id = UUID.randomUUID();

			assertThat(table.save(state(id, owner, List.of(), "start", null, START), START)).isTrue();
			assertThat(table.save(state(id, owner, List.of("cannot-sign-in", "waited"), "check", null, START),
					START.plusSeconds(300)))
				.isTrue();

			StoredRun found = table.find(id, owner).orElseThrow();
			assertThat(found.run().path()).containsExactly("cannot-sign-in", "waited");
			assertThat(found.run().stepId()).isEqualTo("check");
			assertThat(found.run().affectedUser()).isEqualTo("kim@contoso.example");
			assertThat(found.run().lastActivityAt()).isEqualTo(START.plusSeconds(300));
			assertThat(found.run().isOpen()).isTrue();
			assertThat(found.tenantId()).isEqualTo("contoso");
			assertThat(found.answerTimes()).containsExactly(START, START.plusSeconds(60));
			assertThat(table.open(owner, 10)).extracting(SavedRun::id).containsExactly(id);

			// Someone else neither finds it nor can write over it.
			String other = "bert-" + UUID.randomUUID();
			assertThat(table.find(id, other)).isEmpty();
			assertThat(table.open(other, 10)).isEmpty();
			assertThat(table.save(state(id, other, List.of("x"), "x", null, START), START.plusSeconds(400))).isFalse();
			assertThat(table.find(id, owner).orElseThrow().run().path()).containsExactly("cannot-sign-in", "waited");
		}
	}

	@ParameterizedTest
	@MethodSource("databases")
	void goingBackAndAnsweringOtherwiseKeepsTheSharedAnswersAndReplacesTheRest(String kind) {
		try (TestDatabase.Server server = database(kind).connect()) {
			RunTable table = new RunTable(server.jdbc(), server.transactions());
			String owner = "anna-" + UUID.randomUUID();
			UUID id = UUID.randomUUID();
			Instant later = START.plusSeconds(3600);

			table.save(state(id, owner, List.of("cannot-sign-in", "waited", "not-solved"), "outcome", null, START),
					START.plusSeconds(180));
			table.save(state(id, owner, List.of("cannot-sign-in"), "wait", null, START), START.plusSeconds(240));
			RunState other = state(id, owner, List.of("cannot-sign-in", "solved"), "resolved", null, START);
			List<@Nullable Instant> times = new ArrayList<>(other.answerTimes());
			times.set(1, later);
			table.save(new RunState(other.id(), other.owner(), other.affectedUser(), other.tenantId(), other.evidence(),
					other.flowId(), other.flowVersion(), other.cloud(), other.language(), other.path(), times,
					other.answerSteps(), other.stepFlowId(), other.stepId(), null, null, null), later);

			assertThat(table.find(id, owner).orElseThrow().run().path()).containsExactly("cannot-sign-in", "solved");
			assertThat(table.find(id, owner).orElseThrow().answerTimes()).containsExactly(START, later);
			assertThat(server.jdbc()
				.queryForList("SELECT answer_id FROM flow_run_answer WHERE run_id = ? ORDER BY seq", String.class, id))
				.containsExactly("cannot-sign-in", "solved");

			table.save(state(id, owner, List.of("cannot-send"), "listed", null, later), later.plusSeconds(60));
			assertThat(server.jdbc()
				.queryForList("SELECT answer_id FROM flow_run_answer WHERE run_id = ? ORDER BY seq", String.class, id))
				.containsExactly("cannot-send");
			assertThat(table.find(id, owner).orElseThrow().answerTimes()).containsExactly(later);
		}
	}

	@ParameterizedTest
	@MethodSource("databases")
	void aRunAtAWaitSaysUntilWhenAndMovingOnClearsIt(String kind) {
		try (TestDatabase.Server server = database(kind).connect()) {
			RunTable table = new RunTable(server.jdbc(), server.transactions());
			String owner = "anna-" + UUID.randomUUID();
			UUID id = UUID.randomUUID();
			Instant latest = START.plusSeconds(24 * 3600);
			RunState atWait = state(id, owner, List.of("cannot-sign-in"), "wait-for-unblock", null, START);
			RunState waiting = new RunState(atWait.id(), atWait.owner(), atWait.affectedUser(), atWait.tenantId(),
					atWait.evidence(), atWait.flowId(), atWait.flowVersion(), atWait.cloud(), atWait.language(),
					atWait.path(), atWait.answerTimes(), atWait.answerSteps(), atWait.stepFlowId(), atWait.stepId(),
					null, null, latest);

			table.save(waiting, START);
			assertThat(table.open(owner, 10)).extracting(SavedRun::waitingUntil).containsExactly(latest);
			table.save(waiting, START.plusSeconds(60));
			assertThat(table.open(owner, 10)).extracting(SavedRun::waitingUntil).containsExactly(latest);

			table.save(state(id, owner, List.of("cannot-sign-in", "wait"), "check", null, START),
					START.plusSeconds(120));
			assertThat(table.open(owner, 10)).extracting(SavedRun::waitingUntil).containsOnlyNulls();
		}
	}

	@ParameterizedTest
	@MethodSource("databases")
	void anOutcomeKeepsTheTimeItWasFirstReachedAndGoingOnOpensTheRunAgain(String kind) {
		try (TestDatabase.Server server = database(kind).connect()) {
			RunTable table = new RunTable(server.jdbc(), server.transactions());
			String owner = "anna-" + UUID.randomUUID();
			UUID id = UUID.randomUUID();
			List<String> path = List.of("cannot-sign-in", "solved");
			Instant reached = START.plusSeconds(120);

			table.save(state(id, owner, path, "resolved", RunEnd.RESOLVED, START), reached);
			table.save(state(id, owner, path, "resolved", RunEnd.RESOLVED, START), reached.plusSeconds(600));

			SavedRun ended = table.find(id, owner).orElseThrow().run();
			assertThat(ended.end()).isEqualTo(RunEnd.RESOLVED);
			assertThat(ended.endedAt()).isEqualTo(reached);
			assertThat(table.open(owner, 10)).isEmpty();
			assertThat(table.finished(owner, START, 10)).extracting(SavedRun::id).containsExactly(id);

			table.save(state(id, owner, List.of("cannot-sign-in"), "did-it-work", null, START),
					reached.plusSeconds(900));
			SavedRun again = table.find(id, owner).orElseThrow().run();
			assertThat(again.isOpen()).isTrue();
			assertThat(again.endedAt()).isNull();
			assertThat(table.find(id, owner).orElseThrow().answerTimes()).hasSize(1);
		}
	}

	@ParameterizedTest
	@MethodSource("databases")
	void aSaveBuildsOnWhatTheLastOneLeftAndReadsTheRowAgainWhenSomeoneChangedItMeanwhile(String kind) {
		try (TestDatabase.Server server = database(kind).connect()) {
			RunTable table = new RunTable(server.jdbc(), server.transactions());
			String owner = "anna-" + UUID.randomUUID();
			UUID id = UUID.randomUUID();
			List<String> escalated = List.of("cannot-sign-in", "waited", "not-solved");

			RowVersion first = table.save(state(id, owner, List.of("cannot-sign-in"), "wait", null, START), START,
					null);
			RowVersion second = table.save(state(id, owner, List.of("cannot-sign-in", "waited"), "check", null, START),
					START.plusSeconds(60), first);
			assertThat(second.version()).isEqualTo(first.version() + 1);

			// Another tab of the same person went elsewhere meanwhile, unknown to this
			// one.
			table.save(state(id, owner, List.of("cannot-send", "listed", "unblocked"), "done", null, START),
					START.plusSeconds(120));
			RowVersion third = table.save(state(id, owner, escalated, "escalate", RunEnd.ESCALATED, START),
					START.plusSeconds(180), second);
			assertThat(answers(server, id)).containsExactlyElementsOf(escalated);
			assertThat(third.version()).isEqualTo(second.version() + 2);

			RowVersion fourth = table.save(state(id, owner, escalated, "escalate", RunEnd.ESCALATED, START),
					START.plusSeconds(900), third);
			assertThat(fourth.endedAt()).isEqualTo(START.plusSeconds(180));
			assertThat(table.find(id, owner).orElseThrow().run().endedAt()).isEqualTo(START.plusSeconds(180));

			// Forgotten meanwhile, the run is nobody's: what this session knew saves
			// nothing.
			assertThat(new RunHousekeeping(server.jdbc()).forgetFinished(START.plusSeconds(1000))).isPositive();
			assertThat(table.save(state(id, owner, List.of("cannot-sign-in"), "wait", null, START),
					START.plusSeconds(1100), fourth))
				.isNull();
			assertThat(answers(server, id)).containsExactlyElementsOf(escalated);
		}
	}

	@ParameterizedTest
	@MethodSource("databases")
	void aRunJustBegunIsInsertedWithoutAReadSoAnIdAlreadyStoredFailsAndChangesNothing(String kind) {
		try (TestDatabase.Server server = database(kind).connect()) {
			RunTable table = new RunTable(server.jdbc(), server.transactions());
			String owner = "anna-" + UUID.randomUUID();
			UUID id = UUID.randomUUID();

			RowVersion first = table.save(state(id, owner, List.of("cannot-sign-in"), "wait", null, START), START,
					RowVersion.none());
			assertThat(first.version()).isZero();
			assertThat(answers(server, id)).containsExactly("cannot-sign-in");
			RowVersion second = table.save(state(id, owner, List.of("cannot-sign-in", "waited"), "check", null, START),
					START.plusSeconds(60), first);
			assertThat(second.version()).isEqualTo(1);

			// A read first would have found the row and saved over it.
			assertThatThrownBy(() -> table.save(state(id, owner, List.of("cannot-send"), "listed", null, START),
					START.plusSeconds(120), RowVersion.none()))
				.isInstanceOf(DataAccessException.class);
			assertThat(answers(server, id)).containsExactly("cannot-sign-in", "waited");
			assertThat(table.find(id, owner).orElseThrow().run().stepId()).isEqualTo("check");
		}
	}

	private static List<String> answers(TestDatabase.Server server, UUID runId) {
		return server.jdbc()
			.queryForList("SELECT answer_id FROM flow_run_answer WHERE run_id = ? ORDER BY seq", String.class, runId);
	}

	@ParameterizedTest
	@MethodSource("databases")
	void anIdleRunIsAbandonedAtItsStepAndAFinishedOneIsForgottenWhenItsTimeIsUp(String kind) {
		try (TestDatabase.Server server = database(kind).connect()) {
			RunTable table = new RunTable(server.jdbc(), server.transactions());
			MovableClock clock = new MovableClock(START);
			List<RunEnded> ended = new ArrayList<>();
			RunsProperties properties = new RunsProperties(Duration.ofHours(72), Duration.ofDays(30),
					Duration.ofMinutes(10));
			RunUpkeep upkeep = new RunUpkeep(new RunHousekeeping(server.jdbc()), properties, new JobLock(server.jdbc()),
					clock, event -> ended.add((RunEnded) event));
			String owner = "anna-" + UUID.randomUUID();
			UUID idle = UUID.randomUUID();
			UUID active = UUID.randomUUID();
			table.save(state(idle, owner, List.of("cannot-sign-in"), "wait-for-sync", null, START), START);
			table.save(state(active, owner, List.of(), "start", null, START), START);

			clock.pass(Duration.ofHours(71));
			table.save(state(active, owner, List.of("cannot-sign-in"), "wait-for-sync", null, START), clock.instant());
			upkeep.upkeepNow();
			assertThat(mine(ended, idle, active)).isEmpty();

			clock.pass(Duration.ofHours(2));
			upkeep.upkeepNow();
			assertThat(mine(ended, idle, active)).singleElement().satisfies(e -> {
				assertThat(e.runId()).isEqualTo(idle);
				assertThat(e.abandoned()).isTrue();
				assertThat(e.stepId()).isEqualTo("wait-for-sync");
				assertThat(e.path()).containsExactly("cannot-sign-in");
				assertThat(e.at()).isEqualTo(START);
			});
			assertThat(table.open(owner, 10)).extracting(SavedRun::id).containsExactly(active);
			SavedRun abandoned = table.find(idle, owner).orElseThrow().run();
			assertThat(abandoned.end()).isEqualTo(RunEnd.ABANDONED);
			assertThat(abandoned.endedAt()).isEqualTo(START);

			// Marked once: the next round finds nothing more to do.
			upkeep.upkeepNow();
			assertThat(mine(ended, idle, active)).hasSize(1);

			clock.pass(Duration.ofDays(30).minusHours(74));
			upkeep.upkeepNow();
			assertThat(table.find(idle, owner)).isPresent();

			clock.pass(Duration.ofHours(2));
			upkeep.upkeepNow();
			assertThat(table.find(idle, owner)).isEmpty();
			assertThat(server.jdbc()
				.queryForObject(
						"SELECT COUNT(*) FROM flow_run WHERE id = ? AND owner IS NULL"
								+ " AND affected_user IS NULL AND evidence IS NULL AND outcome = 'ABANDONED'",
						Integer.class, idle))
				.as("the figures stay, without the person")
				.isEqualTo(1);
		}
	}

	private static List<RunEnded> mine(List<RunEnded> ended, UUID... ids) {
		List<UUID> wanted = List.of(ids);
		return ended.stream().filter(e -> wanted.contains(e.runId())).toList();
	}

}
