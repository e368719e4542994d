package app.stepwise.wizard;

import java.util.Optional;

/**
 * A run opened from an address (see {@link Wizard#open}).
 *
 * @param active the run the address describes, with its answer times where known
 * @param forwardTo the run's own address when the one given was not it (a part dropped as
 * malformed, a step that does not match the path, an entry point just started): the
 * screen forwards there, so that the address bar and links shared from it say exactly
 * what is shown
 */
public record OpenedRun(ActiveRun active, Optional<RunAddress> forwardTo) {

	static OpenedRun of(ActiveRun active, boolean canonical) {
		return new OpenedRun(active, canonical ? Optional.empty() : Optional.of(RunAddress.of(active.run())));
	}

}
