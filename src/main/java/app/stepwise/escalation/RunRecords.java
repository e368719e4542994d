package app.stepwise.escalation;

import app.stepwise.escalation.internal.RunRecordEntity;
import app.stepwise.escalation.internal.RunRecordRepository;
import app.stepwise.flow.OutcomeKind;
import app.stepwise.wizard.RunEnded;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of every finished run: resolved, escalated, or abandoned at a step. This is
 * what shows how many support tickets the steps avoided. A run that ends again (changed
 * after its outcome) keeps only its newest end.
 */
@Service
public class RunRecords {

	private static final Logger log = LoggerFactory.getLogger(RunRecords.class);

	private final RunRecordRepository repository;

	private final TransactionTemplate transactions;

	public RunRecords(RunRecordRepository repository, PlatformTransactionManager transactionManager) {
		this.repository = repository;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Records a run's end. A failure is logged, never passed on: the person in the wizard
	 * must not see an error because a statistic could not be written.
	 */
	@EventListener
	public void on(RunEnded ended) {
		try {
			record(ended);
		}
		catch (DataIntegrityViolationException e) {
			// The same run ended twice at once; the second write updates the first.
			try {
				record(ended);
			}
			catch (RuntimeException again) {
				log.error("Could not record the end of run {}", ended.runId(), again);
			}
		}
		catch (RuntimeException e) {
			// Also at shutdown, when sessions end after the database has closed.
			log.error("Could not record the end of run {}", ended.runId(), e);
		}
	}

	private void record(RunEnded ended) {
		RunOutcome outcome = ended.outcome()
			.map(o -> o == OutcomeKind.RESOLVED ? RunOutcome.RESOLVED : RunOutcome.ESCALATED)
			.orElse(RunOutcome.ABANDONED);
		transactions.executeWithoutResult(tx -> {
			RunRecordEntity entity = repository.findById(ended.runId())
				.orElseGet(() -> new RunRecordEntity(ended.runId()));
			entity.ended(ended.flowId(), ended.flowVersion(), ended.stepFlowId(), ended.stepId(), outcome, ended.path(),
					ended.at());
			repository.saveAndFlush(entity);
		});
	}

	@Transactional(readOnly = true)
	public Optional<RunRecord> find(UUID runId) {
		return repository.findById(runId).map(RunRecordEntity::toRecord);
	}

	/** How many runs ended each way. */
	@Transactional(readOnly = true)
	public Map<RunOutcome, Long> countByOutcome() {
		Map<RunOutcome, Long> counts = new EnumMap<>(RunOutcome.class);
		for (RunOutcome outcome : RunOutcome.values()) {
			counts.put(outcome, repository.countByOutcome(outcome));
		}
		return counts;
	}

	/**
	 * The runs that ended in {@code [from, to)}, counted per start flow, path and end.
	 * Grouped by the database, so the result grows with the number of distinct paths
	 * through the flows, not with the number of runs.
	 */
	@Transactional(readOnly = true)
	public List<RunPathCount> pathCounts(Instant from, Instant to) {
		return repository.countPaths(from, to)
			.stream()
			.map(row -> new RunPathCount(row.getFlowId(), RunRecordEntity.answerIds(row.getPath()), row.getStepFlowId(),
					row.getStepId(), row.getOutcome(), row.getRuns()))
			.toList();
	}

}
