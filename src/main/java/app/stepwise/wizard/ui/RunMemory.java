package app.stepwise.wizard.ui;

import app.stepwise.wizard.ActiveRun;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What one person's session remembers between screens: their latest run of each flow (so
 * answer times survive reloads and the browser's back and forward buttons) and the
 * affected user they named. Runs share their steps with the catalog; a remembered run
 * costs a few small objects.
 */
@Component
@VaadinSessionScope
public class RunMemory implements Serializable {

	private static final int MAX_RUNS = 5;

	private final Map<String, ActiveRun> runs = new LinkedHashMap<>(8, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, ActiveRun> eldest) {
			return size() > MAX_RUNS;
		}
	};

	private @Nullable String affectedUser;

	public synchronized Optional<ActiveRun> run(String flowId) {
		return Optional.ofNullable(runs.get(flowId));
	}

	public synchronized void remember(ActiveRun active) {
		runs.put(active.run().flow().id(), active);
	}

	public synchronized void forget(String flowId) {
		runs.remove(flowId);
	}

	public synchronized Optional<String> affectedUser() {
		return Optional.ofNullable(affectedUser);
	}

	public synchronized void affectedUser(@Nullable String upn) {
		this.affectedUser = upn == null || upn.isBlank() ? null : upn.strip();
	}

}
