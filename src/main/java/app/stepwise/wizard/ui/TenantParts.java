package app.stepwise.wizard.ui;

import app.stepwise.flow.Step;
import app.stepwise.flow.TenantCheck;
import app.stepwise.i18n.Messages;
import app.stepwise.tenant.TenantChecks;
import app.stepwise.wizard.ActiveRun;
import app.stepwise.wizard.Wizard;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Decides whether a step shows anything about the tenant, and makes that part: the
 * question which user the run is about, or the "Checked in your tenant" panel. Where no
 * tenant is connected, no step shows either. One for the application; each part holds
 * only its step's state.
 */
@Component
class TenantParts {

	/** The screen's run, which a part may move on (whom it is about, what was shown). */
	interface RunHolder {

		ActiveRun current();

		void update(ActiveRun next);

		/** Whether the screen asked which user the run is about at another step of it. */
		boolean askedBefore();

		/** The screen asks at the current step which user the run is about. */
		void asked();

	}

	final TenantChecks checks;

	final Wizard wizard;

	final Messages messages;

	final BackgroundChecks background;

	TenantParts(TenantChecks checks, Wizard wizard, Messages messages, BackgroundChecks background) {
		this.checks = checks;
		this.wizard = wizard;
		this.messages = messages;
		this.background = background;
	}

	/** The tenant part of the run's current step, if it has one. */
	Optional<TenantPart> partFor(ActiveRun active, RunHolder holder) {
		Step step = active.run().current();
		if (!asksForUser(active) && step.checks().isEmpty()) {
			return Optional.empty();
		}
		if (!checks.available()) {
			return Optional.empty();
		}
		return Optional.of(new TenantPart(this, holder));
	}

	/**
	 * Whether the step needs to know the affected user: it asks, or a check needs one.
	 */
	static boolean asksForUser(ActiveRun active) {
		Step step = active.run().current();
		return active.run().currentFlow().asksForUserAt(step.id())
				|| step.checks().stream().anyMatch(TenantCheck::concernsUser);
	}

}
