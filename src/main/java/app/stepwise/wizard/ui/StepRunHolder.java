package app.stepwise.wizard.ui;

import app.stepwise.wizard.ActiveRun;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The step screen's run as a step's tenant part sees it: the run the screen holds (the
 * step's own until the screen holds one), moved on through the screen, and where the
 * screen asked which user the run is about.
 */
final class StepRunHolder implements TenantParts.RunHolder {

	private final ActiveRun shown;

	private final Supplier<@Nullable ActiveRun> held;

	private final Consumer<ActiveRun> hold;

	private final SubjectAsked asked;

	StepRunHolder(ActiveRun shown, Supplier<@Nullable ActiveRun> held, Consumer<ActiveRun> hold, SubjectAsked asked) {
		this.shown = shown;
		this.held = held;
		this.hold = hold;
		this.asked = asked;
	}

	@Override
	public ActiveRun current() {
		ActiveRun run = held.get();
		return run == null ? shown : run;
	}

	@Override
	public void update(ActiveRun next) {
		hold.accept(next);
	}

	@Override
	public boolean askedBefore() {
		return asked.elsewhereIn(current());
	}

	@Override
	public void asked() {
		asked.at(current());
	}

}
