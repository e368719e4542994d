package app.stepwise.wizard;

import app.stepwise.flow.Cloud;
import app.stepwise.flow.EntryPoint;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.flow.FlowRun;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Runs: opening one from an address, answering, starting over. The address holds the
 * whole run; what else the person's runs need between screens (answer times, the run's
 * id, whether its end was recorded) is in their {@link RunStore}, which only this service
 * reads and writes. A run's end is recorded here, when a step brings it there, never when
 * a screen shows it.
 */
@Service
public class Wizard {

	private final FlowCatalog catalog;

	private final Clock clock;

	private final RunEndings endings;

	private final ObjectProvider<RunStore> stores;

	Wizard(FlowCatalog catalog, Clock clock, RunEndings endings, ObjectProvider<RunStore> stores) {
		this.catalog = catalog;
		this.clock = clock;
		this.endings = endings;
		this.stores = stores;
	}

	/** The problems the start page offers. */
	public List<EntryPoint> entryPoints() {
		return catalog.entryPoints();
	}

	/**
	 * Opens the run an address describes; every screen that shows a run from its address
	 * opens it here.
	 * <ul>
	 * <li>{@code ?entry=<id>} starts a new run at that entry point of the flow (its
	 * preset answers given now);</li>
	 * <li>otherwise the run is replayed from {@code ?path=} and {@code ?cloud=}. If the
	 * person's latest run of the flow is that run, or went further along the same path,
	 * it continues with its id and answer times (a reload or the browser's back button
	 * loses nothing); else it is a new run whose times are unknown.</li>
	 * </ul>
	 * @param stepId the step the address names, or null for an address that names none
	 * @param query the address's query parameters
	 * @return nothing if the address names no flow
	 */
	public Optional<OpenedRun> open(String flowId, @Nullable String stepId, Map<String, List<String>> query) {
		if (catalog.find(flowId).isEmpty()) {
			return Optional.empty();
		}
		RunStore store = stores.getObject();
		RunAddress address = RunAddress.parse(flowId, query);
		String entry = RunAddress.first(query, RunAddress.ENTRY);
		if (entry != null) {
			ActiveRun started = start(flowId, RunAddress.isId(entry) ? entry : null, address.cloud(), store);
			arrive(started, store);
			return Optional.of(OpenedRun.of(started, false));
		}
		Optional<ActiveRun> latest = store.latest(flowId);
		ActiveRun active;
		boolean complete = true;
		if (latest.isPresent() && latest.get().run().path().equals(address.path())
				&& latest.get().run().cloud() == address.cloud()) {
			active = latest.get();
		}
		else {
			ActiveRun remembered = latest.filter(r -> startsWith(r.run().path(), address.path())).orElse(null);
			FlowRun.Replay replay = FlowRun.replay(catalog, flowId, address.cloud(), address.path(),
					i -> remembered == null ? null : remembered.run().entries().get(i).answeredAt());
			complete = replay.complete();
			if (remembered != null) {
				active = remembered.withRun(replay.run());
			}
			else {
				active = new ActiveRun(UUID.randomUUID(), replay.run());
				began(active, store);
				arrive(active, store);
			}
		}
		boolean canonical = complete && (stepId == null || stepId.equals(active.run().current().id()))
				&& RunAddress.of(active.run()).isSaidBy(query);
		return Optional.of(OpenedRun.of(active, canonical));
	}

	/**
	 * Answers the current step now; gives nothing if the step does not offer that answer.
	 */
	public Optional<ActiveRun> answer(ActiveRun active, String answerId) {
		Optional<ActiveRun> next = active.run().tryAnswer(answerId, clock.instant()).map(active::withRun);
		next.ifPresent(run -> arrive(run, stores.getObject()));
		return next;
	}

	/** Starts the run's flow again as a new run; the run left behind may be abandoned. */
	public ActiveRun restart(ActiveRun active) {
		RunStore store = stores.getObject();
		ActiveRun started = start(active.run().flow().id(), null, active.run().cloud(), store);
		arrive(started, store);
		return started;
	}

	/** The same run in another cloud: the same answers, the cloud's links. */
	public ActiveRun inCloud(ActiveRun active, Cloud cloud) {
		ActiveRun moved = active.withRun(active.run().withCloud(cloud));
		keep(moved, stores.getObject());
		return moved;
	}

	/**
	 * The same run, now known to be about this tenant and user; the user is also offered
	 * again to later runs.
	 */
	public ActiveRun about(ActiveRun active, RunSubject subject) {
		ActiveRun next = active.withSubject(subject);
		RunStore store = stores.getObject();
		keep(next, store);
		if (subject.affectedUser() != null) {
			store.affectedUser(subject.affectedUser());
		}
		return next;
	}

	/**
	 * The same run with what checks of the tenant have just shown; a check shown again at
	 * the same step (checked again) replaces what it showed there before.
	 */
	public ActiveRun showed(ActiveRun active, List<CheckEvidence> shown) {
		List<CheckEvidence> evidence = new ArrayList<>(active.evidence().size() + shown.size());
		for (CheckEvidence earlier : active.evidence()) {
			if (shown.stream().noneMatch(e -> sameCheckAndStep(e, earlier))) {
				evidence.add(earlier);
			}
		}
		evidence.addAll(shown);
		ActiveRun next = active.withEvidence(evidence);
		keep(next, stores.getObject());
		return next;
	}

	private static boolean sameCheckAndStep(CheckEvidence a, CheckEvidence b) {
		return a.check().equals(b.check()) && a.stepId().equals(b.stepId()) && a.stepFlowId().equals(b.stepFlowId());
	}

	/** The affected user the person named last, to offer again. */
	public Optional<String> affectedUser() {
		return stores.getObject().affectedUser();
	}

	/** Remembers the affected user the person named. */
	public void affectedUser(String upn) {
		stores.getObject().affectedUser(upn);
	}

	private ActiveRun start(String flowId, @Nullable String entryId, Cloud cloud, RunStore store) {
		List<String> preset = entryId == null ? List.of()
				: catalog.entryPoint(flowId, entryId).map(EntryPoint::presetAnswers).orElse(List.of());
		Instant now = clock.instant();
		ActiveRun started = new ActiveRun(UUID.randomUUID(),
				FlowRun.replay(catalog, flowId, cloud, preset, i -> now).run());
		began(started, store);
		return started;
	}

	private void began(ActiveRun active, RunStore store) {
		store.began(active.id());
		endings.began(active);
	}

	/** The run has moved to a new step: keep it, and record it if it has ended there. */
	private void arrive(ActiveRun active, RunStore store) {
		keep(active, store);
		endings.arrived(active, store);
	}

	private void keep(ActiveRun active, RunStore store) {
		store.keep(active).forEach(left -> endings.left(left, store));
	}

	private static boolean startsWith(List<String> list, List<String> prefix) {
		return list.size() >= prefix.size() && list.subList(0, prefix.size()).equals(prefix);
	}

}
