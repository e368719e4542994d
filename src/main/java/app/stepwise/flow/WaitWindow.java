package app.stepwise.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The time an action's effect needs, placed in a run: the step that asked for the action,
 * its expected {@link Wait}, and when the run reached that step (the answer before it). A
 * wait counts from then, because that is when the person was told to act.
 *
 * @param step the action step with the wait
 * @param index where that step stands in the run: the number of answers given before it
 * @param expected how long its effect usually takes, and at most
 * @param reachedAt when the run reached the step
 */
public record WaitWindow(ActionStep step, int index, Wait expected, Instant reachedAt) {

	/** When the usual wait is over. */
	public Instant usualBy() {
		return reachedAt.plus(Duration.ofHours(expected.usualHours()));
	}

	/** When the longest wait is over. */
	public Instant latestBy() {
		return reachedAt.plus(Duration.ofHours(expected.maxHours()));
	}

	/** Whether the longest wait is still running at the given time. */
	public boolean isOpenAt(Instant now) {
		return now.isBefore(latestBy());
	}

	/** The whole hours passed since the run reached the step (never negative). */
	public long hoursPassed(Instant now) {
		return Math.max(0, Duration.between(reachedAt, now).toHours());
	}

	/**
	 * The wait of the step the run is on, if that step has one and the time it was
	 * reached is known (a run recreated from a link knows no times).
	 */
	public static Optional<WaitWindow> current(FlowRun run) {
		if (!(run.current() instanceof ActionStep action) || action.expectedWait().isEmpty()) {
			return Optional.empty();
		}
		int index = run.entries().size();
		return reachedAt(run.entries(), index).map(at -> new WaitWindow(action, index, action.waitTime(), at));
	}

	/**
	 * The latest wait the run went through (answered) that is still running at the given
	 * time: the reason to call escalating now too early.
	 */
	public static Optional<WaitWindow> stillOpen(FlowRun run, Instant now) {
		List<FlowRun.Entry> entries = run.entries();
		for (int i = entries.size() - 1; i >= 0; i--) {
			if (entries.get(i).step() instanceof ActionStep action && action.waitTime() != null) {
				int index = i;
				Optional<WaitWindow> window = reachedAt(entries, i)
					.map(at -> new WaitWindow(action, index, action.waitTime(), at))
					.filter(w -> w.isOpenAt(now));
				if (window.isPresent()) {
					return window;
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<Instant> reachedAt(List<FlowRun.Entry> entries, int index) {
		if (index == 0) {
			return Optional.empty();
		}
		@Nullable Instant at = entries.get(index - 1).answeredAt();
		return Optional.ofNullable(at);
	}

}
