package app.stepwise.escalation;

import app.stepwise.wizard.ui.Answers;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.flow.OutcomeKind;
import app.stepwise.wizard.RunEnded;
import com.vaadin.flow.component.button.Button;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Every finished run is recorded: resolved, escalated, or abandoned at a step. */
@RecordApplicationEvents
class RunRecordsTest extends KaribuTest {

	@Autowired
	private RunRecords records;

	@Autowired
	private ApplicationEventPublisher publisher;

	@Autowired
	private ApplicationEvents events;

	private static void answer(String answerId) {
		Answers.click(answerId);
	}

	private UUID lastRun() {
		return events.stream(RunEnded.class).toList().getLast().runId();
	}

	@Test
	void aRunThatReachesResolvedIsRecordedAsATicketAvoided() {
		navigate("flow/unlock-account");
		answer("cannot-sign-in");
		answer("solved");

		RunRecord record = records.find(lastRun()).orElseThrow();

		assertThat(record.outcome()).isEqualTo(RunOutcome.RESOLVED);
		assertThat(record.flowId()).isEqualTo("unlock-account");
		assertThat(record.flowVersion()).isEqualTo(1);
		assertThat(record.stepId()).isEqualTo("resolved");
		assertThat(record.path()).containsExactly("cannot-sign-in", "solved");
	}

	@Test
	void aRunLeftInTheMiddleIsRecordedAsAbandonedAtItsStep() {
		// Starting again leaves the run open (it waits in My runs); it is abandoned when
		// the
		// saved runs' upkeep finds it idle, which ends it without an outcome.
		navigate("flow/reset-passwords");
		answer("my-own");
		_click(_get(Button.class, spec -> spec.withId("restart")));
		assertThat(events.stream(RunEnded.class)).isEmpty();

		UUID run = UUID.randomUUID();
		publisher.publishEvent(new RunEnded(run, "reset-passwords", 1, "reset-passwords", "can-sign-in",
				Optional.empty(), List.of("my-own"), Instant.now()));

		RunRecord record = records.find(run).orElseThrow();
		assertThat(record.outcome()).isEqualTo(RunOutcome.ABANDONED);
		assertThat(record.stepId()).isEqualTo("can-sign-in");
	}

	@Test
	void aRunThatEndsAgainKeepsOnlyItsNewestEnd() {
		Map<RunOutcome, Long> before = records.countByOutcome();
		UUID run = UUID.randomUUID();
		publisher.publishEvent(new RunEnded(run, "unlock-account", 1, "unlock-account", "resolved",
				Optional.of(OutcomeKind.RESOLVED), List.of("cannot-sign-in", "solved"), Instant.now()));
		publisher.publishEvent(
				new RunEnded(run, "unlock-account", 1, "unlock-account", "escalate", Optional.of(OutcomeKind.ESCALATE),
						List.of("cannot-sign-in", "not-solved", "not-solved", "no-signs"), Instant.now()));

		RunRecord record = records.find(run).orElseThrow();

		assertThat(record.outcome()).isEqualTo(RunOutcome.ESCALATED);
		assertThat(record.path()).hasSize(4);
		// Counted once, as escalated: the resolved end it replaced no longer counts.
		assertThat(records.countByOutcome()).containsEntry(RunOutcome.ESCALATED, before.get(RunOutcome.ESCALATED) + 1)
			.containsEntry(RunOutcome.RESOLVED, before.get(RunOutcome.RESOLVED))
			.containsEntry(RunOutcome.ABANDONED, before.get(RunOutcome.ABANDONED));
	}

}
