package app.stepwise.insight;

import java.util.OptionalDouble;

/**
 * How the runs that started in a period went.
 *
 * @param started the runs started
 * @param resolved those that ended resolved
 * @param escalated those that ended in a support request
 * @param abandoned those that were left
 */
public record OutcomeCounts(long started, long resolved, long escalated, long abandoned) {

	public static final OutcomeCounts NONE = new OutcomeCounts(0, 0, 0, 0);

	/** The runs still open: started, not ended. */
	public long open() {
		return started - resolved - escalated - abandoned;
	}

	/**
	 * The share of runs that ended with the problem solved rather than with a support
	 * request: resolved ÷ (resolved + escalated); nothing when neither happened.
	 */
	public OptionalDouble deflection() {
		long decided = resolved + escalated;
		return decided == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) resolved / decided);
	}

	public OutcomeCounts plus(OutcomeCounts other) {
		return new OutcomeCounts(started + other.started, resolved + other.resolved, escalated + other.escalated,
				abandoned + other.abandoned);
	}

}
