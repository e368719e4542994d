package app.stepwise.runs;

import app.stepwise.base.AuditEvent;
import app.stepwise.flow.Cloud;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.flow.FlowDefinition;
import app.stepwise.flow.FlowRun;
import app.stepwise.runs.internal.EvidenceJson;
import app.stepwise.runs.internal.RunTable;
import app.stepwise.runs.internal.RunsProperties;
import app.stepwise.runs.internal.SavedRunStore;
import app.stepwise.runs.internal.StoredRun;
import app.stepwise.security.CurrentUser;
import app.stepwise.security.Roles;
import app.stepwise.wizard.ActiveRun;
import app.stepwise.wizard.RunSubject;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The signed-in person's saved runs: those still open and those finished lately, and
 * opening one again where it stands. Whose runs they are comes from the security context
 * ({@link CurrentUser}); someone else's run is never listed, and opening it is the same
 * as opening one that does not exist, which is audited.
 */
@Service
public class MyRuns {

	/** The audit action for an id that names none of the person's runs. */
	public static final String RUN_NOT_FOUND = "run-not-found";

	/**
	 * The query parameter of a run's address that opens it at an earlier step of its
	 * path: the number of its answers to keep.
	 */
	public static final String AT = "at";

	/** At most this many runs of each kind are listed. */
	static final int MAX_LISTED = 100;

	/** Finished runs are listed for this long, unless they are forgotten sooner. */
	static final Duration FINISHED_LISTED = Duration.ofDays(14);

	private final RunTable table;

	private final CurrentUser currentUser;

	private final FlowCatalog catalog;

	private final ObjectProvider<SavedRunStore> stores;

	private final EvidenceJson evidence;

	private final Duration finishedListed;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	MyRuns(RunTable table, CurrentUser currentUser, FlowCatalog catalog, ObjectProvider<SavedRunStore> stores,
			EvidenceJson evidence, RunsProperties properties, Clock clock, ApplicationEventPublisher events) {
		this.table = table;
		this.currentUser = currentUser;
		this.catalog = catalog;
		this.stores = stores;
		this.evidence = evidence;
		this.finishedListed = properties.keepFinished().compareTo(FINISHED_LISTED) < 0 ? properties.keepFinished()
				: FINISHED_LISTED;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The address that opens one of the person's runs again, in this session or any
	 * other: the run goes on as it stands.
	 */
	public static String address(UUID runId) {
		return "my-runs/" + runId;
	}

	/**
	 * The address that opens one of the person's runs again at the step it reached after
	 * its first {@code answers} answers (as its own stepper would): the same run, not a
	 * new one, also in another session. Beyond the run's answers it opens where it
	 * stands.
	 */
	public static String address(UUID runId, int answers) {
		return address(runId) + "?" + AT + "=" + answers;
	}

	/** The person's open runs, most recently worked on first. */
	@RolesAllowed(Roles.ADMIN)
	public List<SavedRun> open() {
		return table.open(currentUser.requireName(), MAX_LISTED);
	}

	/** The person's runs that ended lately, most recent first. */
	@RolesAllowed(Roles.ADMIN)
	public List<SavedRun> recentlyFinished() {
		return table.finished(currentUser.requireName(), clock.instant().minus(finishedListed), MAX_LISTED);
	}

	/**
	 * Opens one of the person's runs again, on the flow as it is now. A run that still
	 * fits its flow becomes the person's latest run of that flow, so that its step's
	 * address continues it. Nothing if the id is malformed, unknown, someone else's run,
	 * or its flow is no longer offered; each of these is audited.
	 */
	@RolesAllowed(Roles.ADMIN)
	public Optional<Resumption> resume(String runId) {
		String owner = currentUser.requireName();
		Optional<StoredRun> found = parse(runId).flatMap(id -> table.find(id, owner));
		Optional<FlowDefinition> flow = found.flatMap(run -> catalog.find(run.run().flowId()));
		if (found.isEmpty() || flow.isEmpty()) {
			events.publishEvent(new AuditEvent(RUN_NOT_FOUND, owner, "run " + runId, clock.instant()));
			return Optional.empty();
		}
		StoredRun stored = found.get();
		SavedRun saved = stored.run();
		FlowRun.Replay replay = FlowRun.replay(catalog, saved.flowId(),
				Cloud.byId(saved.cloud()).orElse(Cloud.WORLDWIDE), saved.path(), stored::answeredAt);
		ActiveRun active = new ActiveRun(saved.id(), replay.run(),
				new RunSubject(stored.tenantId(), saved.affectedUser()), evidence.read(stored.evidence()));
		if (replay.complete()) {
			stores.getObject().resume(active);
		}
		return Optional.of(new Resumption(saved, active, flow.get().version(), replay.complete()));
	}

	/**
	 * Prepares starting one of the person's runs again: the next new run of its flow
	 * records that it started again from this one.
	 * @return the flow to start, or nothing (audited) if the id is not one of the
	 * person's runs
	 */
	@RolesAllowed(Roles.ADMIN)
	public Optional<String> startAgain(String runId) {
		String owner = currentUser.requireName();
		Optional<SavedRun> found = parse(runId).flatMap(id -> table.find(id, owner)).map(StoredRun::run);
		if (found.isEmpty()) {
			events.publishEvent(new AuditEvent(RUN_NOT_FOUND, owner, "run " + runId, clock.instant()));
			return Optional.empty();
		}
		stores.getObject().startAgainFrom(found.get().flowId(), found.get().id());
		return Optional.of(found.get().flowId());
	}

	private static Optional<UUID> parse(@Nullable String runId) {
		if (runId == null || runId.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(runId));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

}
