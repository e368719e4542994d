package app.stepwise.insight;

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

	private final Clock clock;

	Insight(InsightQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
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
