package app.stepwise.escalation;

import app.stepwise.base.AuditEvent;
import app.stepwise.escalation.internal.CsvExport;
import app.stepwise.escalation.internal.QueueQuery;
import app.stepwise.escalation.internal.References;
import app.stepwise.escalation.internal.RequestDraft;
import app.stepwise.escalation.internal.RequestFiling;
import app.stepwise.escalation.internal.StoredRequest;
import app.stepwise.escalation.internal.SupportRequestStore;
import app.stepwise.i18n.Language;
import app.stepwise.security.CurrentUser;
import app.stepwise.security.Roles;
import app.stepwise.wizard.ActiveRun;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support requests: filing one for a run, an operator's own requests, the support queue,
 * status changes and export. Every method that reads or changes requests is here and
 * guards itself, whoever calls it:
 * <ul>
 * <li>{@link Roles#ADMIN} files requests and reads the requests they filed themselves;
 * </li>
 * <li>{@link Roles#SUPPORT} reads any request, works the queue, changes statuses and
 * exports.</li>
 * </ul>
 * Who is calling comes from the security context ({@link CurrentUser}), never from an
 * argument: the operator of a new request, the owner of "my requests" and the actor in
 * the audit log are the signed-in person. Work without a signed-in person (notifications)
 * reads through the store in {@code internal}, not through this class.
 */
@Service
public class SupportRequests {

	/** The properties a list may be sorted by; anything else is ignored. */
	private static final Set<String> SORTABLE = Set.of("reference", "createdAt", "language", "flowId", "affectedUser",
			"status");

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("reference"));

	private final SupportRequestStore store;

	private final RequestFiling filing;

	private final CsvExport csv;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CurrentUser currentUser;

	SupportRequests(SupportRequestStore store, RequestFiling filing, CsvExport csv, ApplicationEventPublisher events,
			Clock clock, CurrentUser currentUser) {
		this.store = store;
		this.filing = filing;
		this.csv = csv;
		this.events = events;
		this.clock = clock;
		this.currentUser = currentUser;
	}

	/**
	 * Files a support request for the run as it stands, under the signed-in operator's
	 * user name. Idempotent by run: if the run already has a request (a double click, a
	 * retry, a reload), that request is returned and nothing new is stored.
	 * @param input what the operator typed
	 * @param language the operator's language
	 * @throws InvalidRequestException if the input breaks a {@link RequestRules rule}
	 */
	@RolesAllowed(Roles.ADMIN)
	public Filing file(ActiveRun active, RequestInput input, Language language) {
		String principal = currentUser.requireName();
		List<InputProblem> problems = RequestRules.check(input);
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		return filing.file(RequestDraft.of(active, input, principal, language, clock.instant()));
	}

	/**
	 * The request filed for a run, if any: the operator's own run, whose id only their
	 * session knows.
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional(readOnly = true)
	public Optional<SupportRequest> findByRun(UUID runId) {
		return store.findByRunId(runId).map(store::toRequest);
	}

	/**
	 * Any request by its reference, as someone may type it (any case, with or without
	 * dashes).
	 */
	@RolesAllowed(Roles.SUPPORT)
	@Transactional(readOnly = true)
	public Optional<SupportRequest> find(String reference) {
		return byReference(reference).map(store::toRequest);
	}

	/**
	 * A request by its reference, only if the signed-in operator filed it: what an
	 * operator may see of requests. Someone else's request is not found.
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional(readOnly = true)
	public Optional<SupportRequest> findMine(String reference) {
		String principal = currentUser.requireName();
		return byReference(reference).filter(r -> principal.equals(r.operatorPrincipal())).map(store::toRequest);
	}

	private Optional<StoredRequest> byReference(String reference) {
		return References.normalize(reference).flatMap(store::findByReference);
	}

	/**
	 * One page of the support queue. Sorted as asked, by the columns lists show; newest
	 * first otherwise.
	 */
	@RolesAllowed(Roles.SUPPORT)
	@Transactional(readOnly = true)
	public Page<SupportRequestRow> queue(QueueFilter filter, Pageable pageable) {
		return store.page(QueueQuery.of(filter), sanitized(pageable)).map(StoredRequest::toRow);
	}

	/** How many requests the queue holds with this filter. */
	@RolesAllowed(Roles.SUPPORT)
	@Transactional(readOnly = true)
	public long count(QueueFilter filter) {
		return store.count(QueueQuery.of(filter));
	}

	/**
	 * One page of the requests the signed-in operator filed. Sorted as asked, by the
	 * columns lists show; newest first otherwise.
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional(readOnly = true)
	public Page<SupportRequestRow> mine(Pageable pageable) {
		return store.page(QueueQuery.filedBy(currentUser.requireName()), sanitized(pageable)).map(StoredRequest::toRow);
	}

	/** How many requests the signed-in operator filed. */
	@RolesAllowed(Roles.ADMIN)
	@Transactional(readOnly = true)
	public long countMine() {
		return store.count(QueueQuery.filedBy(currentUser.requireName()));
	}

	/**
	 * Changes a request's status, or adds a comment under the same status, and records it
	 * in its history and the audit log under the signed-in person's name.
	 * @param expectedVersion the version the person saw; if the request changed since,
	 * nothing is changed
	 * @throws ConcurrentChangeException if the request changed since it was read, or
	 * changes while this change is stored
	 * @throws InvalidRequestException if the change breaks a {@link StatusChangeRules
	 * rule} (nothing would change, the comment is too long)
	 * @throws NoSuchElementException if there is no such request
	 */
	@RolesAllowed(Roles.SUPPORT)
	@Transactional
	public SupportRequest changeStatus(String reference, long expectedVersion, RequestStatus to, String comment) {
		String actor = currentUser.requireName();
		StoredRequest read = byReference(reference)
			.orElseThrow(() -> new NoSuchElementException("No support request " + reference));
		if (read.version() != expectedVersion) {
			throw new ConcurrentChangeException(read.reference());
		}
		RequestStatus from = read.status();
		List<InputProblem> problems = StatusChangeRules.check(from, to, comment);
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		Instant now = clock.instant();
		// Stored only if nobody changed the request since it was read just now.
		StoredRequest changed = store.changeStatus(read, to, comment.strip(), actor, now)
			.orElseThrow(() -> new ConcurrentChangeException(read.reference()));
		events.publishEvent(new AuditEvent(AuditEvent.STATUS_CHANGED, actor,
				read.reference() + ": " + from.id() + " -> " + to.id(), now));
		return store.toRequest(changed);
	}

	/**
	 * Writes the requests the filter selects as CSV, newest first, in batches so that any
	 * number fits in little memory; the audit log records the signed-in person's export.
	 * @param language the reader's language, for headers and names
	 * @return how many requests were written
	 */
	@RolesAllowed(Roles.SUPPORT)
	public long exportCsv(QueueFilter filter, Language language, OutputStream out) throws IOException {
		String actor = currentUser.requireName();
		long written = csv.write(filter, clock.instant(), language, out);
		events.publishEvent(new AuditEvent(AuditEvent.EXPORT, actor,
				"support requests: " + written + " (" + filter.auditText() + ")", clock.instant()));
		return written;
	}

	private static Pageable sanitized(Pageable pageable) {
		List<Sort.Order> orders = pageable.getSort().stream().filter(o -> SORTABLE.contains(o.getProperty())).toList();
		// The reference breaks ties, so that pages neither repeat nor skip a request.
		Sort sort = orders.isEmpty() ? NEWEST_FIRST : orders.stream().anyMatch(o -> o.getProperty().equals("reference"))
				? Sort.by(orders) : Sort.by(orders).and(Sort.by("reference"));
		return pageable.isUnpaged() ? Pageable.unpaged(sort)
				: PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
	}

}
