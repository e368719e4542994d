package app.stepwise.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowRunTest {

	private final FlowCatalog catalog = ShippedFlows.catalog();

	private final Instant t1 = Instant.parse("2026-11-20T09:00:00Z");

	private final Instant t2 = Instant.parse("2026-11-20T09:05:00Z");

	private final Instant t3 = Instant.parse("2026-11-20T09:10:00Z");

	@Test
	void aNewRunStandsAtTheFlowsStartWithNothingAnswered() {
		FlowRun run = FlowRun.start(catalog, "unlock-account", Cloud.WORLDWIDE);

		assertThat(run.current().id()).isEqualTo("symptom");
		assertThat(run.entries()).isEmpty();
		assertThat(run.isFinished()).isFalse();
	}

	@Test
	void answeringMovesToTheTargetAndRecordsTheAnswerWithItsTime() {
		FlowRun run = FlowRun.start(catalog, "unlock-account", Cloud.WORLDWIDE)
			.answer("cannot-sign-in", t1)
			.answer("not-solved", t2);

		assertThat(run.current().id()).isEqualTo("check-sign-in-status");
		assertThat(run.path()).containsExactly("cannot-sign-in", "not-solved");
		assertThat(run.entries()).extracting(e -> e.step().id()).containsExactly("symptom", "reset-password");
		assertThat(run.entries()).extracting(FlowRun.Entry::answeredAt).containsExactly(t1, t2);
	}

	@Test
	void anAnswerTheStepDoesNotOfferIsRefused() {
		FlowRun run = FlowRun.start(catalog, "unlock-account", Cloud.WORLDWIDE);

		assertThat(run.tryAnswer("solved", t1)).isEmpty();
		assertThatThrownBy(() -> run.answer("no-such-answer", t1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void goingBackAndAnsweringDifferentlyDiscardsWhatCameAfter() {
		FlowRun run = FlowRun.start(catalog, "unlock-account", Cloud.WORLDWIDE)
			.answer("cannot-sign-in", t1)
			.answer("not-solved", t2)
			.answer("not-solved", t3);

		FlowRun changed = run.backTo(1).answer("solved", t3);

		assertThat(changed.path()).containsExactly("cannot-sign-in", "solved");
		assertThat(changed.current().id()).isEqualTo("resolved");
		assertThat(changed.entries().getFirst().answeredAt()).isEqualTo(t1);
	}

	@Test
	void backReturnsToThePreviousStepAndStaysAtTheStart() {
		FlowRun run = FlowRun.start(catalog, "unlock-account", Cloud.WORLDWIDE).answer("cannot-send", t1);

		assertThat(run.back().current().id()).isEqualTo("symptom");
		assertThat(run.back().back().current().id()).isEqualTo("symptom");
		assertThat(run.back().entries()).isEmpty();
	}

	@Test
	void aRunIsRecreatedFromItsPath() {
		FlowRun original = FlowRun.start(catalog, "reset-passwords", Cloud.GERMANY)
			.answer("someone-else", t1)
			.answer("not-solved", t2);

		FlowRun.Replay replay = FlowRun.replay(catalog, "reset-passwords", Cloud.GERMANY, original.path(), i -> null);

		assertThat(replay.complete()).isTrue();
		assertThat(replay.run().current()).isEqualTo(original.current());
		assertThat(replay.run().path()).isEqualTo(original.path());
		assertThat(replay.run().cloud()).isEqualTo(Cloud.GERMANY);
	}

	@Test
	void replayStopsAtTheFirstAnswerThatDoesNotFit() {
		FlowRun.Replay replay = FlowRun.replay(catalog, "unlock-account", Cloud.WORLDWIDE,
				List.of("cannot-sign-in", "bogus", "solved"), i -> null);

		assertThat(replay.complete()).isFalse();
		assertThat(replay.run().path()).containsExactly("cannot-sign-in");
		assertThat(replay.run().current().id()).isEqualTo("reset-password");
	}

	@Test
	void anAnswerCanLeadIntoAnotherFlowWithinTheSameRun() {
		FlowRun run = FlowRun.start(catalog, "unlock-account", Cloud.WORLDWIDE)
			.answer("cannot-send", t1)
			.answer("listed", t1)
			.answer("not-yet", t2);

		assertThat(run.flow().id()).isEqualTo("unlock-account");
		assertThat(run.current().flowId()).isEqualTo("compromise-response");
		assertThat(run.currentFlow().id()).isEqualTo("compromise-response");
		assertThat(run.current().id()).isEqualTo("look-for-signs");
		assertThat(run.entries()).hasSize(3);
	}

	@Test
	void answersCanEstablishFactsThatConditionsTest() {
		FlowRun lockedOut = FlowRun.start(catalog, "reset-passwords", Cloud.WORLDWIDE)
			.answer("my-own", t1)
			.answer("locked-out", t1)
			.answer("only-admin", t1)
			.answer("not-solved", t1);

		assertThat(lockedOut.context().fact(Fact.OPERATOR_CAN_SIGN_IN)).contains(false);
		assertThat(lockedOut.current().id()).isEqualTo("escalate-own");
		assertThat(((OutcomeStep) lockedOut.current()).instructionsFor(lockedOut.context())).extracting(Instruction::id)
			.containsExactly("locked-out-support");

		FlowRun signedIn = FlowRun.start(catalog, "reset-passwords", Cloud.WORLDWIDE)
			.answer("my-own", t1)
			.answer("signed-in", t1)
			.answer("not-solved", t1)
			.answer("only-admin", t1)
			.answer("not-solved", t1);
		assertThat(((OutcomeStep) signedIn.current()).instructionsFor(signedIn.context())).extracting(Instruction::id)
			.containsExactly("signed-in-support");
	}

	@Test
	void linksFollowTheTenantsCloud() {
		ActionStep step = (ActionStep) catalog.get("reset-passwords").step("reset-one").orElseThrow();
		Link activeUsers = step.instructions().getFirst().link();

		assertThat(activeUsers).isNotNull();
		assertThat(activeUsers.uriFor(RunContext.of(Cloud.WORLDWIDE)).orElseThrow())
			.hasToString("https://go.microsoft.com/fwlink/p/?linkid=834822");
		assertThat(activeUsers.uriFor(RunContext.of(Cloud.GERMANY)).orElseThrow())
			.hasToString("https://go.microsoft.com/fwlink/p/?linkid=847686");
		assertThat(activeUsers.uriFor(RunContext.of(Cloud.CHINA_21VIANET)).orElseThrow())
			.hasToString("https://go.microsoft.com/fwlink/p/?linkid=850628");
	}

	@Test
	void changingTheCloudKeepsThePathAndTheTimes() {
		FlowRun run = FlowRun.start(catalog, "reset-passwords", Cloud.WORLDWIDE).answer("someone-else", t1);

		FlowRun moved = run.withCloud(Cloud.CHINA_21VIANET);

		assertThat(moved.cloud()).isEqualTo(Cloud.CHINA_21VIANET);
		assertThat(moved.path()).isEqualTo(run.path());
		assertThat(moved.entries().getFirst().answeredAt()).isEqualTo(t1);
	}

	@Test
	void anOutcomeEndsTheRun() {
		FlowRun run = FlowRun.start(catalog, "unlock-account", Cloud.WORLDWIDE)
			.answer("cannot-sign-in", t1)
			.answer("solved", t2);

		assertThat(run.isFinished()).isTrue();
		assertThat(run.outcome()).contains(OutcomeKind.RESOLVED);
		assertThat(run.current().answers()).isEmpty();
	}

}
