package app.stepwise.insight;

import app.stepwise.insight.map.MapCounts;
import java.util.Map;

/**
 * How runs of a period went through one flow: how many took each answer of its steps, and
 * how many ended at each of its steps (an outcome reached, or a step where the run was
 * left).
 *
 * @param flowId the flow
 * @param edges runs per answer taken at a step of the flow
 * @param stops runs that ended per step of the flow
 * @param runs the runs that reached the flow at all (started in it or led into it)
 */
public record Traffic(String flowId, Map<AnswerTaken, Long> edges, Map<StepReached, Long> stops,
		long runs) implements MapCounts {

	/** An answer given at a step. */
	public record AnswerTaken(String stepFlowId, String stepId, String answerId) {
	}

	/** A step, of any flow. */
	public record StepReached(String flowId, String stepId) {
	}

	public Traffic {
		edges = Map.copyOf(edges);
		stops = Map.copyOf(stops);
	}

	/** No runs at all. */
	public static Traffic none(String flowId) {
		return new Traffic(flowId, Map.of(), Map.of(), 0);
	}

	@Override
	public long taken(String stepId, String answerId) {
		return edges.getOrDefault(new AnswerTaken(flowId, stepId, answerId), 0L);
	}

	@Override
	public long stoppedAt(String stepId) {
		return stops.getOrDefault(new StepReached(flowId, stepId), 0L);
	}

}
