package app.stepwise.escalation.internal;

import app.stepwise.base.AuditEvent;
import app.stepwise.escalation.Filing;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequestFiled;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a new support request once per run. Each attempt is a transaction of its own
 * that stores the request with a fresh random reference and announces it (the
 * notifications' outbox and the audit log are written in the same transaction). The
 * database's unique constraints decide the two races: the same run filed twice at once (a
 * double click) gives the first request; a reference that is taken already is drawn
 * again.
 *
 * <p>
 * Who files, and whether they may, is the caller's business:
 * {@link app.stepwise.escalation.SupportRequests} checks the role and takes the name from
 * the sign-in.
 */
@Component
public class RequestFiling {

	private static final Logger log = LoggerFactory.getLogger(RequestFiling.class);

	/** Attempts to find a free reference; a repeat is already very unlikely. */
	private static final int REFERENCE_ATTEMPTS = 5;

	private final SupportRequestStore store;

	private final TransactionTemplate writes;

	private final TransactionTemplate reads;

	private final ApplicationEventPublisher events;

	private final References references = new References();

	RequestFiling(SupportRequestStore store, PlatformTransactionManager transactionManager,
			ApplicationEventPublisher events) {
		this.store = store;
		this.writes = new TransactionTemplate(transactionManager);
		this.reads = new TransactionTemplate(transactionManager);
		this.reads.setReadOnly(true);
		this.events = events;
	}

	/**
	 * Files the draft, or gives the request its run has already.
	 * @throws DataIntegrityViolationException if no free reference was found
	 */
	public Filing file(RequestDraft draft) {
		Optional<SupportRequest> existing = byRun(draft.runId());
		if (existing.isPresent()) {
			return new Filing(existing.get(), false);
		}
		for (int attempt = 1;; attempt++) {
			try {
				UUID id = writes.execute(tx -> insert(draft));
				// Read back after commit: the stored version is only final then.
				return new Filing(reads.execute(tx -> store.toRequest(store.find(id).orElseThrow())), true);
			}
			catch (DataIntegrityViolationException e) {
				// Either the same run was filed at the same moment
				// (a double click), or the random reference is taken.
				Optional<SupportRequest> filed = byRun(draft.runId());
				if (filed.isPresent()) {
					return new Filing(filed.get(), false);
				}
				if (attempt >= REFERENCE_ATTEMPTS) {
					throw e;
				}
				log.info("Reference already taken, drawing another (attempt {})", attempt);
			}
		}
	}

	private UUID insert(RequestDraft draft) {
		String reference = references.next();
		UUID id = store.insert(draft, reference);
		events.publishEvent(new SupportRequestFiled(id, reference, draft.runId(), draft.filedAt()));
		events.publishEvent(
				new AuditEvent(AuditEvent.REQUEST_FILED, draft.operatorPrincipal(), reference, draft.filedAt()));
		return id;
	}

	private Optional<SupportRequest> byRun(UUID runId) {
		return reads.execute(tx -> store.findByRunId(runId).map(store::toRequest));
	}

}
