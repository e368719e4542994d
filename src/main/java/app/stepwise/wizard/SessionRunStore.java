package app.stepwise.wizard;

import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import jakarta.annotation.PreDestroy;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The runs of one session, in its memory: at most a few runs (which share their steps
 * with the catalog, so each costs a few small objects), the ids of runs whose end was
 * recorded, and one user name. Runs still kept when the session ends were left there;
 * {@link RunEndings} records them.
 */
@Component
@VaadinSessionScope
class SessionRunStore implements RunStore, Serializable {

	private static final int MAX_RUNS = 5;

	private static final int MAX_ENDED = 50;

	private final transient RunEndings endings;

	/** The latest run of each flow, least recently used first. */
	private final Map<String, ActiveRun> runs = new LinkedHashMap<>(8, 0.75f, true);

	private final Set<UUID> ended = new LinkedHashSet<>();

	private @Nullable String affectedUser;

	SessionRunStore(RunEndings endings) {
		this.endings = endings;
	}

	@Override
	public synchronized Optional<ActiveRun> latest(String flowId) {
		return Optional.ofNullable(runs.get(flowId));
	}

	@Override
	public synchronized List<ActiveRun> keep(ActiveRun run) {
		List<ActiveRun> pushedOut = new ArrayList<>(1);
		ActiveRun previous = runs.put(run.run().flow().id(), run);
		if (previous != null && !previous.id().equals(run.id())) {
			pushedOut.add(previous);
		}
		if (runs.size() > MAX_RUNS) {
			String eldest = runs.keySet().iterator().next();
			pushedOut.add(runs.remove(eldest));
		}
		return pushedOut;
	}

	@Override
	public synchronized void ended(UUID runId) {
		ended.remove(runId);
		ended.add(runId);
		if (ended.size() > MAX_ENDED) {
			ended.remove(ended.iterator().next());
		}
	}

	@Override
	public synchronized boolean hasEnded(UUID runId) {
		return ended.contains(runId);
	}

	@Override
	public synchronized Optional<String> affectedUser() {
		return Optional.ofNullable(affectedUser);
	}

	@Override
	public synchronized void affectedUser(@Nullable String upn) {
		this.affectedUser = upn == null || upn.isBlank() ? null : upn.strip();
	}

	@PreDestroy
	void sessionEnded() {
		List<ActiveRun> left;
		synchronized (this) {
			left = new ArrayList<>(runs.values());
			runs.clear();
		}
		left.forEach(run -> endings.left(run, this));
	}

}
