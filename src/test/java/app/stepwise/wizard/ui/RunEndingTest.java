package app.stepwise.wizard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.flow.OutcomeKind;
import app.stepwise.runs.MyRuns;
import app.stepwise.wizard.RunEnded;
import app.stepwise.wizard.RunStarted;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Every run is recorded once as ended at its outcome; a run left unfinished stays open as
 * a saved run (it is abandoned from the data, see RunTableTest).
 */
@RecordApplicationEvents
class RunEndingTest extends KaribuTest {

	@Autowired
	private ApplicationEvents events;

	private static void answer(String answerId) {
		Answers.click(answerId);
	}

	private List<RunEnded> ended() {
		return events.stream(RunEnded.class).toList();
	}

	@Test
	void reachingAnOutcomeRecordsTheRunOnceEvenIfTheOutcomeIsShownAgain() {
		navigate("flow/unlock-account");
		answer("cannot-sign-in");
		answer("solved");

		UI.getCurrent().getPage().reload();

		assertThat(ended()).singleElement().satisfies(e -> {
			assertThat(e.outcome()).contains(OutcomeKind.RESOLVED);
			assertThat(e.flowId()).isEqualTo("unlock-account");
			assertThat(e.flowVersion()).isEqualTo(1);
			assertThat(e.stepId()).isEqualTo("resolved");
			assertThat(e.path()).containsExactly("cannot-sign-in", "solved");
		});
	}

	@Test
	void startingOverInTheMiddleLeavesTheRunOpenInMyRunsUntilItIsIdleTooLong() {
		navigate("flow/reset-passwords");
		answer("my-own");
		UUID left = events.stream(RunStarted.class).findFirst().orElseThrow().runId();

		_click(_get(StepView.class).restart);

		assertThat(ended()).isEmpty();
		assertThat(context.getBean(MyRuns.class).open()).filteredOn(r -> r.id().equals(left))
			.singleElement()
			.satisfies(r -> assertThat(r.stepId()).isEqualTo("can-sign-in"));
	}

	@Test
	void goingBackAndReachingAnotherOutcomeRecordsTheNewOutcomeForTheSameRun() {
		navigate("flow/unlock-account");
		answer("cannot-sign-in");
		answer("solved");
		_click(_get(StepView.class).back);
		answer("not-solved");
		answer("not-solved");
		answer("no-signs");

		assertThat(ended()).extracting(RunEnded::stepId).containsExactly("resolved", "escalate");
		assertThat(ended()).extracting(RunEnded::runId).containsOnly(ended().getFirst().runId());
	}

	@Test
	void aFinishedRunThatIsReplacedIsNotAlsoAbandoned() {
		navigate("flow/unlock-account");
		answer("cannot-sign-in");
		answer("solved");

		_click(_get(StepView.class).restart);

		assertThat(ended()).extracting(RunEnded::abandoned).containsExactly(false);
	}

}
