package app.stepwise.wizard.ui;

import app.stepwise.flow.Step;
import app.stepwise.wizard.ActiveRun;
import org.jspecify.annotations.Nullable;

/**
 * Where a step screen last asked which user its run is about, so that the run's later
 * steps ask folded once the operator has gone on without answering. A new run, a reload
 * or the same step again asks in full.
 */
final class SubjectAsked {

	private @Nullable String at;

	/** Whether the question was asked at another step of this run. */
	boolean elsewhereIn(ActiveRun run) {
		return at != null && at.startsWith(run.id() + "/") && !at.equals(key(run));
	}

	/** The question is asked at the run's current step. */
	void at(ActiveRun run) {
		at = key(run);
	}

	private static String key(ActiveRun run) {
		Step step = run.run().current();
		return run.id() + "/" + step.flowId() + "/" + step.id();
	}

}
