package app.stepwise.insight;

import app.stepwise.escalation.RequestStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every figure of the insight screen for a period and a filter; aggregates only, without
 * any person's name.
 *
 * @param period the period
 * @param filter the filter
 * @param totals how the runs went, all flows together
 * @param flows how the runs went per flow they started in, most runs first
 * @param medianResolution the median time from start to resolution of the resolved runs
 * @param abandonedAt the steps most runs were left at, most first
 * @param escalatedAt the steps most support requests were filed from, most first
 * @param weeks how the runs went in each week of the period, in order
 * @param requests the support requests filed in the period by their status now
 * @param asOf when the figures were read
 */
public record InsightFigures(InsightPeriod period, InsightFilter filter, OutcomeCounts totals, List<FlowCounts> flows,
		Optional<Duration> medianResolution, List<StepCount> abandonedAt, List<StepCount> escalatedAt,
		List<WeekCounts> weeks, List<StatusCount> requests, Instant asOf) {

	/** How many of the steps most often left at, or escalated from, are shown. */
	public static final int TOP_STEPS = 5;

	/** How the runs that started in one flow went. */
	public record FlowCounts(String flowId, OutcomeCounts counts) {
	}

	/** Runs that ended at a step. */
	public record StepCount(String stepFlowId, String stepId, long runs) {
	}

	/** How the runs that started in one week of the period went. */
	public record WeekCounts(Instant start, OutcomeCounts counts) {
	}

	/** Support requests in one status, and how long ago the middle one was filed. */
	public record StatusCount(RequestStatus status, long requests, Optional<Duration> medianAge) {
	}

}
