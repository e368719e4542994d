package app.stepwise.reminders.internal;

import app.stepwise.wizard.RunEnded;
import app.stepwise.wizard.RunMovedOn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Cancels a run's reminders when it moves on from the step they were asked at, or reaches
 * an outcome. A run left open (abandoned when its session ends) keeps them: that is when
 * a reminder helps most. A failure is logged, never passed on to the wizard.
 */
@Component
class RunProgress {

	private static final Logger log = LoggerFactory.getLogger(RunProgress.class);

	private final ReminderStore store;

	RunProgress(ReminderStore store) {
		this.store = store;
	}

	@EventListener
	void on(RunMovedOn moved) {
		cancel(moved.runId(), moved.stepFlowId() + "/" + moved.stepId(), moved.at());
	}

	@EventListener
	void on(RunEnded ended) {
		if (!ended.abandoned()) {
			cancel(ended.runId(), ended.stepFlowId() + "/" + ended.stepId(), ended.at());
		}
	}

	private void cancel(java.util.UUID runId, String step, java.time.Instant at) {
		try {
			int cancelled = store.cancelElsewhere(runId, step, at);
			if (cancelled > 0) {
				log.info("Cancelled {} reminders of run {}: it moved on", cancelled, runId);
			}
		}
		catch (RuntimeException e) {
			log.error("Could not cancel the reminders of run {}", runId, e);
		}
	}

}
