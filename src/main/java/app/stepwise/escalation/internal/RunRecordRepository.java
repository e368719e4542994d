package app.stepwise.escalation.internal;

import app.stepwise.escalation.RunOutcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Run records in the database. */
public interface RunRecordRepository extends JpaRepository<RunRecordEntity, UUID> {

	long countByOutcome(RunOutcome outcome);

	/** Runs that ended in {@code [from, to)}, grouped by start flow, path and end. */
	@Query("""
			select r.flowId as flowId, r.path as path, r.stepFlowId as stepFlowId, r.stepId as stepId,
			       r.outcome as outcome, count(r) as runs
			from RunRecordEntity r
			where r.endedAt >= :from and r.endedAt < :to
			group by r.flowId, r.path, r.stepFlowId, r.stepId, r.outcome
			""")
	List<PathCountRow> countPaths(Instant from, Instant to);

	/** One group of {@link #countPaths}. */
	interface PathCountRow {

		String getFlowId();

		String getPath();

		String getStepFlowId();

		String getStepId();

		RunOutcome getOutcome();

		long getRuns();

	}

}
