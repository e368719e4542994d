package app.stepwise.wizard;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Announces that a run began ({@link RunStarted}), and decides when a run has ended and
 * announces it ({@link RunEnded}) once: when a step brings it to an outcome, or, for a
 * run left before any outcome, when another run replaces it or the session ends. A run
 * that reached an outcome and was changed afterwards is not abandoned when it is left:
 * its newest outcome stands.
 */
@Component
class RunEndings {

	private final Clock clock;

	private final ApplicationEventPublisher events;

	RunEndings(Clock clock, ApplicationEventPublisher events) {
		this.clock = clock;
		this.events = events;
	}

	/**
	 * A new run, started at an entry point, over again, or from an address nobody
	 * remembers.
	 */
	void began(ActiveRun active) {
		events.publishEvent(new RunStarted(active.id(), active.run().flow().id(), clock.instant()));
	}

	/**
	 * The run has just arrived at its current step: announces it ({@link RunMovedOn}),
	 * and records it if that is an outcome.
	 */
	void arrived(ActiveRun active, RunStore store) {
		events.publishEvent(RunMovedOn.of(active, clock.instant()));
		if (active.run().isFinished()) {
			events.publishEvent(RunEnded.of(active, clock.instant()));
			store.ended(active.id());
		}
	}

	/** The run is no longer kept; records it as abandoned unless it ended before. */
	void left(ActiveRun active, RunStore store) {
		if (!active.run().isFinished() && !store.hasEnded(active.id())) {
			events.publishEvent(RunEnded.of(active, clock.instant()));
			store.ended(active.id());
		}
	}

}
