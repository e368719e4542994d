package app.stepwise.escalation;

import app.stepwise.escalation.internal.RunRecordStore;
import app.stepwise.flow.OutcomeKind;
import app.stepwise.wizard.RunEnded;
import java.time.Instant;
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

	private final RunRecordStore store;

	private final TransactionTemplate transactions;

	public RunRecords(RunRecordStore store, PlatformTransactionManager transactionManager) {
		this.store = store;
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
		RunRecord record = new RunRecord(ended.runId(), ended.flowId(), ended.flowVersion(), ended.stepFlowId(),
				ended.stepId(), outcome, ended.path(), ended.at());
		transactions.executeWithoutResult(tx -> store.save(record));
	}

	@Transactional(readOnly = true)
	public Optional<RunRecord> find(UUID runId) {
		return store.find(runId);
	}

	/** How many runs ended each way. */
	@Transactional(readOnly = true)
	public Map<RunOutcome, Long> countByOutcome() {
		return store.countByOutcome();
	}

	/**
	 * The runs that ended in {@code [from, to)}, counted per start flow, path and end.
	 * Grouped by the database, so the result grows with the number of distinct paths
	 * through the flows, not with the number of runs.
	 */
	@Transactional(readOnly = true)
	public List<RunPathCount> pathCounts(Instant from, Instant to) {
		return store.countPaths(from, to);
	}

}
