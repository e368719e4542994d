package app.stepwise.insight;

import app.stepwise.flow.FlowCatalog;
import app.stepwise.flow.FlowDefinition;
import app.stepwise.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures support leads look at: how many runs ended resolved, escalated or left, the
 * share of problems solved without a support request, where runs stall, and how the
 * support requests stand. Aggregated by the database, never by loading runs.
 */
@Service
public class Insight {

	private final InsightQueries queries;

	private final FlowCatalog catalog;

	private final Clock clock;

	Insight(InsightQueries queries, FlowCatalog catalog, Clock clock) {
		this.queries = queries;
		this.catalog = catalog;
		this.clock = clock;
	}

	/** The ids of the shipped flows, in the order of the start page, to filter by. */
	public List<String> flows() {
		return catalog.flows().stream().map(FlowDefinition::id).toList();
	}

	/**
	 * Whether the shipped flows still have the step (runs may name steps since removed).
	 */
	public boolean hasStep(String flowId, String stepId) {
		return catalog.find(flowId).flatMap(flow -> flow.step(stepId)).isPresent();
	}

	/** Whether a flow of that id is shipped. */
	public boolean hasFlow(String flowId) {
		return catalog.find(flowId).isPresent();
	}

	/** The period of the last days up to now. */
	public InsightPeriod lastDays(int days) {
		return InsightPeriod.lastDays(days, clock.instant());
	}

	/** Every figure for the period and the filter, read in one transaction. */
	@RolesAllowed(Roles.SUPPORT)
	@Transactional(readOnly = true)
	public InsightFigures figures(InsightPeriod period, InsightFilter filter) {
		return figures(queries, period, filter, clock);
	}

	static InsightFigures figures(InsightQueries queries, InsightPeriod period, InsightFilter filter, Clock clock) {
		List<InsightFigures.FlowCounts> flows = queries.flows(period, filter);
		OutcomeCounts totals = flows.stream()
			.map(InsightFigures.FlowCounts::counts)
			.reduce(OutcomeCounts.NONE, OutcomeCounts::plus);
		return new InsightFigures(period, filter, totals, flows, queries.medianResolution(period, filter),
				queries.endSteps(period, filter, "ABANDONED", InsightFigures.TOP_STEPS),
				queries.endSteps(period, filter, "ESCALATED", InsightFigures.TOP_STEPS), queries.weeks(period, filter),
				queries.requests(period, filter, clock.instant()), clock.instant());
	}

	/** The tenants runs were recorded for, to filter by. */
	@RolesAllowed(Roles.SUPPORT)
	@Transactional(readOnly = true)
	public List<String> tenants() {
		return queries.tenants();
	}

}
