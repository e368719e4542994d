package app.stepwise.runs;

import app.stepwise.wizard.ActiveRun;

/**
 * A saved run opened again.
 *
 * @param saved the run as saved
 * @param active the run replayed on the flow as it is now: all of it when
 * {@link #continues()}, else as far as its answers still lead
 * @param currentVersion the flow's version now; differs from the saved run's
 * {@code flowVersion} when the flow changed since the run started
 * @param continues whether every answer of the run still leads the same way, so that it
 * goes on at its step
 */
public record Resumption(SavedRun saved, ActiveRun active, int currentVersion, boolean continues) {

	public boolean flowChanged() {
		return currentVersion != saved.flowVersion();
	}

}
