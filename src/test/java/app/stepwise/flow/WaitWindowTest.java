package app.stepwise.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A wait counts from when the run reached its step, and a wait the run went through stays
 * open until its longest time is over.
 */
class WaitWindowTest {

	private static final Instant T0 = Instant.parse("2027-03-01T12:00:00Z");

	private final FlowCatalog catalog = ShippedFlows.catalog();

	/** Each answer a minute after the one before, starting at T0. */
	private FlowRun run(String... path) {
		return FlowRun
			.replay(catalog, "unlock-account", Cloud.WORLDWIDE, List.of(path), i -> T0.plus(Duration.ofMinutes(i)))
			.run();
	}

	@Test
	void theWaitOfTheCurrentStepCountsFromTheAnswerThatReachedIt() {
		WaitWindow window = WaitWindow.current(run("cannot-send", "listed", "already-secured")).orElseThrow();

		assertThat(window.step().id()).isEqualTo("unblock-sender");
		assertThat(window.index()).isEqualTo(3);
		assertThat(window.reachedAt()).isEqualTo(T0.plus(Duration.ofMinutes(2)));
		assertThat(window.usualBy()).isEqualTo(T0.plus(Duration.ofMinutes(62)));
		assertThat(window.latestBy()).isEqualTo(T0.plus(Duration.ofHours(24).plusMinutes(2)));
	}

	@Test
	void aStepWithoutAWaitOrWithoutKnownTimesHasNoWindow() {
		assertThat(WaitWindow.current(run("cannot-send"))).isEmpty();
		FlowRun fromALink = FlowRun
			.replay(catalog, "unlock-account", Cloud.WORLDWIDE, List.of("cannot-send", "listed", "already-secured"),
					i -> null)
			.run();
		assertThat(WaitWindow.current(fromALink)).isEmpty();
	}

	@Test
	void anEscalationInsideTheLongestWaitFindsTheWaitItWentThrough() {
		FlowRun escalated = run("cannot-send", "listed", "already-secured", "not-solved", "under-24-hours",
				"not-solved");
		assertThat(escalated.current().id()).isEqualTo("escalate");

		WaitWindow open = WaitWindow.stillOpen(escalated, T0.plus(Duration.ofHours(3))).orElseThrow();
		assertThat(open.step().id()).isEqualTo("wait-for-unblock");
		assertThat(open.hoursPassed(T0.plus(Duration.ofHours(3)))).isEqualTo(2);

		// Past the longest wait of both wait steps, escalating is not too early.
		assertThat(WaitWindow.stillOpen(escalated, T0.plus(Duration.ofHours(25)))).isEmpty();
	}

}
