package app.stepwise.wizard;

import app.stepwise.flow.Cloud;
import app.stepwise.flow.EntryPoint;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.flow.FlowRun;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Turns addresses and clicks into runs. Holds no state: what a person's session remembers
 * is passed in and handed back.
 */
@Service
public class Wizard {

	private final FlowCatalog catalog;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	public Wizard(FlowCatalog catalog, Clock clock, ApplicationEventPublisher events) {
		this.catalog = catalog;
		this.clock = clock;
		this.events = events;
	}

	public FlowCatalog catalog() {
		return catalog;
	}

	/** The problems the start page offers. */
	public List<EntryPoint> entryPoints() {
		return catalog.entryPoints();
	}

	/**
	 * Opens the run an address describes. If the session remembers a run of the same flow
	 * whose path begins with the address's path, its answer times are kept (a reload or
	 * the browser's back button loses nothing); otherwise the run is recreated and the
	 * times are unknown.
	 * @return nothing if the address names no flow
	 */
	public Optional<Opened> open(RunAddress address, @Nullable ActiveRun remembered) {
		if (catalog.find(address.flowId()).isEmpty()) {
			return Optional.empty();
		}
		boolean continues = remembered != null && remembered.run().flow().id().equals(address.flowId())
				&& startsWith(remembered.run().path(), address.path());
		FlowRun.Replay replay = FlowRun.replay(catalog, address.flowId(), address.cloud(), address.path(),
				i -> continues ? remembered.run().entries().get(i).answeredAt() : null);
		UUID id = continues ? remembered.id() : UUID.randomUUID();
		return Optional.of(new Opened(new ActiveRun(id, replay.run()), replay.complete()));
	}

	/** The result of {@link #open}: the run, and whether the whole address was valid. */
	public record Opened(ActiveRun active, boolean exact) {
	}

	/** Starts a new run at an entry point, its preset answers given now. */
	public Optional<ActiveRun> start(String flowId, @Nullable String entryId, Cloud cloud) {
		if (catalog.find(flowId).isEmpty()) {
			return Optional.empty();
		}
		List<String> preset = entryId == null ? List.of()
				: catalog.entryPoint(flowId, entryId).map(EntryPoint::presetAnswers).orElse(List.of());
		Instant now = clock.instant();
		FlowRun run = FlowRun.replay(catalog, flowId, cloud, preset, i -> now).run();
		ActiveRun started = new ActiveRun(UUID.randomUUID(), run);
		events.publishEvent(new RunStarted(started.id(), flowId, now));
		return Optional.of(started);
	}

	/**
	 * Answers the current step now; gives nothing if the step does not offer that answer.
	 */
	public Optional<ActiveRun> answer(ActiveRun active, String answerId) {
		return active.run().tryAnswer(answerId, clock.instant()).map(active::withRun);
	}

	/**
	 * Records that the run has reached its outcome; call once per run and outcome
	 * reached.
	 */
	public void reachedOutcome(ActiveRun active) {
		if (active.run().isFinished()) {
			events.publishEvent(RunEnded.of(active, clock.instant()));
		}
	}

	/** Records that a run was left before reaching an outcome. */
	public void abandoned(ActiveRun active) {
		if (!active.run().isFinished()) {
			events.publishEvent(RunEnded.of(active, clock.instant()));
		}
	}

	private static boolean startsWith(List<String> list, List<String> prefix) {
		return list.size() >= prefix.size() && list.subList(0, prefix.size()).equals(prefix);
	}

}
