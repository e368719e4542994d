package app.stepwise.wizard.ui;

import app.stepwise.wizard.ActiveRun;
import app.stepwise.wizard.Wizard;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import jakarta.annotation.PreDestroy;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * What one person's session remembers between screens: their latest run of each flow (so
 * answer times survive reloads and the browser's back and forward buttons), which runs
 * have been recorded as ended, and the affected user they named. Runs share their steps
 * with the catalog; a remembered run costs a few small objects.
 *
 * <p>
 * A run that is replaced by a new one, or still open when the session ends, was
 * abandoned; the memory reports that to the {@link Wizard}.
 */
@NamedInterface("escalation")
@Component
@VaadinSessionScope
public class RunMemory implements Serializable {

	private static final int MAX_RUNS = 5;

	private static final int MAX_ENDED = 50;

	private final transient Wizard wizard;

	private final Map<String, ActiveRun> runs = new LinkedHashMap<>(8, 0.75f, true);

	/** Runs recorded as ended, with the path at which they ended. */
	private final Map<UUID, List<String>> ended = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<UUID, List<String>> eldest) {
			return size() > MAX_ENDED;
		}
	};

	private @Nullable String affectedUser;

	RunMemory(Wizard wizard) {
		this.wizard = wizard;
	}

	public synchronized Optional<ActiveRun> run(String flowId) {
		return Optional.ofNullable(runs.get(flowId));
	}

	/**
	 * Remembers the run as the latest of its flow; a different run it replaces was
	 * abandoned.
	 */
	public synchronized void remember(ActiveRun active) {
		ActiveRun previous = runs.put(active.run().flow().id(), active);
		if (previous != null && !previous.id().equals(active.id())) {
			leave(previous);
		}
		if (runs.size() > MAX_RUNS) {
			String eldest = runs.keySet().iterator().next();
			leave(runs.remove(eldest));
		}
	}

	/**
	 * Records that the run is at its outcome, unless that was already recorded for the
	 * same path (a reload, or a change of language, shows the outcome again without
	 * ending the run again).
	 */
	public synchronized void ended(ActiveRun active) {
		if (active.run().isFinished() && !active.run().path().equals(ended.get(active.id()))) {
			ended.put(active.id(), active.run().path());
			wizard.reachedOutcome(active);
		}
	}

	private void leave(ActiveRun run) {
		if (!ended.containsKey(run.id())) {
			ended.put(run.id(), run.run().path());
			wizard.abandoned(run);
		}
	}

	@PreDestroy
	synchronized void sessionEnded() {
		new ArrayList<>(runs.values()).forEach(this::leave);
		runs.clear();
	}

	public synchronized Optional<String> affectedUser() {
		return Optional.ofNullable(affectedUser);
	}

	public synchronized void affectedUser(@Nullable String upn) {
		this.affectedUser = upn == null || upn.isBlank() ? null : upn.strip();
	}

}
