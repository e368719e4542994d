package app.stepwise.wizard;

import app.stepwise.flow.FlowRun;
import java.util.List;
import java.util.UUID;

/**
 * A run together with the id that follows it from the first step to its record and to a
 * support request, so that filing twice for the same run gives one request; whom it is
 * about, once known; and what checks of the tenant showed along the way.
 *
 * @param id the run's id
 * @param run the steps and answers
 * @param subject the tenant and the affected user, where known
 * @param evidence what tenant checks showed at its steps, oldest first
 */
public record ActiveRun(UUID id, FlowRun run, RunSubject subject, List<CheckEvidence> evidence) {

	public ActiveRun {
		evidence = List.copyOf(evidence);
	}

	/** A run about nobody yet, with no evidence. */
	public ActiveRun(UUID id, FlowRun run) {
		this(id, run, RunSubject.NONE, List.of());
	}

	/**
	 * The same run at another state of its steps; whom it is about and its evidence stay.
	 */
	public ActiveRun withRun(FlowRun next) {
		return new ActiveRun(id, next, subject, evidence);
	}

	public ActiveRun withSubject(RunSubject next) {
		return new ActiveRun(id, run, next, evidence);
	}

	public ActiveRun withEvidence(List<CheckEvidence> next) {
		return new ActiveRun(id, run, subject, next);
	}

}
