package app.stepwise.runs.internal;

import app.stepwise.flow.FlowRun;
import app.stepwise.flow.WaitWindow;
import app.stepwise.flow.OutcomeKind;
import app.stepwise.i18n.Language;
import app.stepwise.runs.RunEnd;
import app.stepwise.security.CurrentUser;
import app.stepwise.wizard.ActiveRun;
import app.stepwise.wizard.RunStore;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The runs of one session, saved as they go: every change the wizard keeps is written to
 * the person's saved run at once, so nothing is lost when the session ends. The session
 * also holds the latest run of each flow it worked on (a few small objects), so that a
 * reload or the browser's buttons continue the run without reading it back.
 *
 * <p>
 * A run left for another is not ended here: it stays open in "My runs" until it goes on
 * or, idle long enough, is marked abandoned from the data ({@link RunUpkeep}).
 */
@Component
@VaadinSessionScope
public class SavedRunStore implements RunStore, Serializable {

	private static final Logger log = LoggerFactory.getLogger(SavedRunStore.class);

	private static final int MAX_RUNS = 5;

	private final transient RunTable table;

	private final transient CurrentUser currentUser;

	private final transient Clock clock;

	private final transient EvidenceJson evidence;

	/** The latest run of each flow, least recently used first. */
	private final Map<String, ActiveRun> runs = new LinkedHashMap<>(8, 0.75f, true);

	/**
	 * What the last save of each of those runs left in the table, by run id; for a run
	 * that has just begun here, {@link RowVersion#none()} until its first save.
	 */
	private final Map<UUID, RowVersion> saved = new HashMap<>();

	private @Nullable String affectedUser;

	/** Per flow, the run that the next new run of it starts again from. */
	private final Map<String, UUID> startingAgain = new LinkedHashMap<>();

	SavedRunStore(RunTable table, CurrentUser currentUser, Clock clock, EvidenceJson evidence) {
		this.table = table;
		this.currentUser = currentUser;
		this.clock = clock;
		this.evidence = evidence;
	}

	@Override
	public synchronized void began(UUID runId) {
		saved.put(runId, RowVersion.none());
	}

	@Override
	public synchronized Optional<ActiveRun> latest(String flowId) {
		return Optional.ofNullable(runs.get(flowId));
	}

	@Override
	public List<ActiveRun> keep(ActiveRun run) {
		remember(run);
		save(run);
		return List.of();
	}

	/**
	 * Makes a saved run the latest of its flow in this session, so that opening its
	 * address continues it.
	 */
	public void resume(ActiveRun run) {
		remember(run);
	}

	/**
	 * Notes that the next new run of the flow starts again from this one (whose flow
	 * changed too much to continue it).
	 */
	public synchronized void startAgainFrom(String flowId, UUID earlierRunId) {
		startingAgain.put(flowId, earlierRunId);
	}

	private synchronized @Nullable UUID earlierRun(ActiveRun run) {
		UUID earlier = startingAgain.get(run.run().flow().id());
		if (earlier == null || earlier.equals(run.id())) {
			return null;
		}
		return startingAgain.remove(run.run().flow().id());
	}

	private synchronized void remember(ActiveRun run) {
		ActiveRun replaced = runs.put(run.run().flow().id(), run);
		if (replaced != null && !replaced.id().equals(run.id())) {
			saved.remove(replaced.id());
		}
		if (runs.size() > MAX_RUNS) {
			saved.remove(runs.remove(runs.keySet().iterator().next()).id());
		}
	}

	private synchronized @Nullable RowVersion lastSaved(UUID runId) {
		return saved.get(runId);
	}

	private synchronized void saved(UUID runId, @Nullable RowVersion now) {
		if (now == null) {
			saved.remove(runId);
		}
		else if (runs.values().stream().anyMatch(r -> r.id().equals(runId))) {
			saved.put(runId, now);
		}
	}

	private void save(ActiveRun active) {
		Optional<String> owner = currentUser.name();
		if (owner.isEmpty()) {
			log.warn("Run {} was not saved: nobody is signed in", active.id());
			return;
		}
		try {
			RowVersion now = table.save(state(active, owner.get(), language(), earlierRun(active)), clock.instant(),
					lastSaved(active.id()));
			saved(active.id(), now);
			if (now == null) {
				log.warn("Run {} was not saved: it is someone else's", active.id());
			}
		}
		catch (DataAccessException e) {
			// The person goes on with the run; only its saved copy lags behind. Not
			// knowing what is stored now, the next save reads it first.
			saved(active.id(), null);
			log.error("Could not save run {}", active.id(), e);
		}
	}

	RunState state(ActiveRun active, String owner, @Nullable String language, @Nullable UUID earlierRunId) {
		FlowRun run = active.run();
		List<FlowRun.Entry> entries = run.entries();
		RunEnd end = run.outcome()
			.map(o -> o == OutcomeKind.RESOLVED ? RunEnd.RESOLVED : RunEnd.ESCALATED)
			.orElse(null);
		return new RunState(active.id(), owner, active.subject().affectedUser(), active.subject().tenantId(),
				evidence.write(active.evidence()), run.flow().id(), run.flow().version(), run.cloud().id(), language,
				run.path(), entries.stream().map(e -> (@Nullable Instant) e.answeredAt()).toList(),
				entries.stream().map(e -> new RunState.StepAt(e.step().flowId(), e.step().id())).toList(),
				run.current().flowId(), run.current().id(), end, earlierRunId,
				end == null ? WaitWindow.current(run).map(WaitWindow::latestBy).orElse(null) : null);
	}

	private static @Nullable String language() {
		UI ui = UI.getCurrent();
		return ui == null ? null : Language.of(ui.getLocale()).map(Language::tag).orElse(null);
	}

	/** The outcome is saved with the run when it arrives there; nothing more to note. */
	@Override
	public void ended(UUID runId) {
	}

	@Override
	public boolean hasEnded(UUID runId) {
		return currentUser.name().flatMap(owner -> table.find(runId, owner)).map(r -> !r.run().isOpen()).orElse(false);
	}

	@Override
	public synchronized Optional<String> affectedUser() {
		return Optional.ofNullable(affectedUser);
	}

	@Override
	public synchronized void affectedUser(@Nullable String upn) {
		this.affectedUser = upn == null || upn.isBlank() ? null : upn.strip();
	}

}
