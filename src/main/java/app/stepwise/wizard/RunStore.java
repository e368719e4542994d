package app.stepwise.wizard;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What is remembered of one person's runs between screens: the latest run of each flow
 * (so that a reload or the browser's buttons keep the answer times), whether a run's end
 * has been recorded, and the affected user they named. Only the {@link Wizard} uses it;
 * the screens never do, so a store that keeps runs elsewhere (in the database, for
 * example) replaces this one without changing them.
 */
public interface RunStore {

	/**
	 * Notes that the run has just begun: nothing of it is stored anywhere yet, so its
	 * first keep has nothing earlier to build on.
	 */
	void began(UUID runId);

	/** The latest run of the flow, if one is kept. */
	Optional<ActiveRun> latest(String flowId);

	/**
	 * Keeps the run as the latest of its flow, replacing an earlier state of the same
	 * run.
	 * @return the runs no longer kept because of it: another run of the same flow that it
	 * replaces, or the oldest when there is no room for more; the wizard decides whether
	 * they were abandoned
	 */
	List<ActiveRun> keep(ActiveRun run);

	/** Notes that an end of the run (an outcome, or its abandonment) was recorded. */
	void ended(UUID runId);

	/** Whether an end of the run was recorded. */
	boolean hasEnded(UUID runId);

	/** The user principal name of the user the person is helping, once they named one. */
	Optional<String> affectedUser();

	void affectedUser(@Nullable String upn);

}
