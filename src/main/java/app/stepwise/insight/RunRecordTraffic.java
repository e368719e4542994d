package app.stepwise.insight;

import app.stepwise.escalation.RunPathCount;
import app.stepwise.escalation.RunRecords;
import app.stepwise.flow.Answer;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.flow.FlowDefinition;
import app.stepwise.flow.Step;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Traffic from the run records ({@code run_record}), which keep each ended run's path of
 * answer ids and the step it ended at.
 *
 * <p>
 * The database groups the runs by path and end ({@link RunRecords#pathCounts}); each
 * distinct path is then walked through the flows here, because a path names answers, not
 * steps, and only the flow definitions tell which step each answer was given at.
 * Splitting the stored path into rows in SQL would need functions that H2 and PostgreSQL
 * do not share, and would still not know the steps. The work therefore grows with the
 * number of distinct paths (bounded by the flows' shape), not with the number of runs.
 *
 * <p>
 * A path recorded under an earlier version of a flow is followed as far as the current
 * flow still offers its answers; the rest is not counted.
 */
@Component
class RunRecordTraffic implements FlowTraffic {

	private final RunRecords records;

	private final FlowCatalog catalog;

	RunRecordTraffic(RunRecords records, FlowCatalog catalog) {
		this.records = records;
		this.catalog = catalog;
	}

	@Override
	public Traffic traffic(String flowId, Instant from, Instant to) {
		Map<Traffic.AnswerTaken, Long> edges = new HashMap<>();
		Map<Traffic.StepReached, Long> stops = new HashMap<>();
		long runs = 0;
		for (RunPathCount group : records.pathCounts(from, to)) {
			boolean reached = false;
			Step step = catalog.find(group.flowId()).map(FlowDefinition::start).orElse(null);
			for (String answerId : group.path()) {
				if (step == null) {
					break;
				}
				Optional<Answer> answer = answerOf(step, answerId);
				if (answer.isEmpty()) {
					break;
				}
				if (step.flowId().equals(flowId)) {
					reached = true;
					edges.merge(new Traffic.AnswerTaken(flowId, step.id(), answerId), group.runs(), Long::sum);
				}
				step = catalog.resolve(answer.get().target());
			}
			if (group.stepFlowId().equals(flowId)) {
				reached = true;
				stops.merge(new Traffic.StepReached(flowId, group.stepId()), group.runs(), Long::sum);
			}
			if (reached) {
				runs += group.runs();
			}
		}
		return new Traffic(flowId, edges, stops, runs);
	}

	/**
	 * The step's answer with that id, whatever context offered it: a step's answers have
	 * distinct ids, and the record does not keep the run's cloud.
	 */
	private static Optional<Answer> answerOf(Step step, String answerId) {
		return step.answers().stream().filter(a -> a.id().equals(answerId)).findFirst();
	}

}
