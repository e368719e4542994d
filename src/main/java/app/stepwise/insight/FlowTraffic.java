package app.stepwise.insight;

import java.time.Instant;

/**
 * Where the runs of a period went in a flow. Counted from what is recorded about runs;
 * the answer to a question about a period never loads the runs one by one.
 */
public interface FlowTraffic {

	/**
	 * The traffic of runs that ended in {@code [from, to)} through the given flow, also
	 * of runs that started in another flow and were led into it.
	 */
	Traffic traffic(String flowId, Instant from, Instant to);

}
