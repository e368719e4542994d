package app.stepwise.escalation;

import app.stepwise.base.AuditEvent;
import app.stepwise.escalation.internal.CsvExport;
import app.stepwise.escalation.internal.QueueSpecifications;
import app.stepwise.escalation.internal.References;
import app.stepwise.escalation.internal.SupportRequestEntity;
import app.stepwise.escalation.internal.SupportRequestRepository;
import app.stepwise.flow.FlowRun;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.Messages;
import app.stepwise.security.CurrentUser;
import app.stepwise.security.Roles;
import app.stepwise.wizard.ActiveRun;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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
 * reads through the repository in {@code internal}, not through this class.
 */
@Service
public class SupportRequests {

	private static final Logger log = LoggerFactory.getLogger(SupportRequests.class);

	/** Attempts to find a free reference; a repeat is already very unlikely. */
	private static final int REFERENCE_ATTEMPTS = 5;

	private static final int EXPORT_BATCH = 500;

	/** The properties a list may be sorted by; anything else is ignored. */
	private static final Set<String> SORTABLE = Set.of("reference", "createdAt", "language", "flowId", "affectedUser",
			"operatorName", "status");

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("reference"));

	private final SupportRequestRepository repository;

	private final TransactionTemplate transactions;

	private final TransactionTemplate reads;

	private final ApplicationEventPublisher events;

	private final Messages messages;

	private final Clock clock;

	private final CurrentUser currentUser;

	private final References references = new References();

	public SupportRequests(SupportRequestRepository repository, PlatformTransactionManager transactionManager,
			ApplicationEventPublisher events, Messages messages, Clock clock, CurrentUser currentUser) {
		this.repository = repository;
		this.transactions = new TransactionTemplate(transactionManager);
		this.reads = new TransactionTemplate(transactionManager);
		this.reads.setReadOnly(true);
		this.events = events;
		this.messages = messages;
		this.clock = clock;
		this.currentUser = currentUser;
	}

	/**
	 * Files a support request for the run as it stands, as the signed-in operator.
	 * Idempotent by run: if the run already has a request (a double click, a retry, a
	 * reload), that request is returned and nothing new is stored.
	 * @param input what the operator typed; a blank operator name stands for their user
	 * name
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
		Optional<SupportRequest> existing = readByRun(active.id());
		if (existing.isPresent()) {
			return new Filing(existing.get(), false);
		}
		for (int attempt = 1;; attempt++) {
			try {
				UUID id = transactions.execute(tx -> insert(active, input, principal, language));
				// Read back after commit: the stored version is only final then.
				return new Filing(reads.execute(tx -> repository.findById(id).orElseThrow().toRequest()), true);
			}
			catch (DataIntegrityViolationException e) {
				// Either the same run was filed at the same moment (a double click), or
				// the
				// random reference is taken.
				Optional<SupportRequest> filed = readByRun(active.id());
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

	private UUID insert(ActiveRun active, RequestInput input, String principal, Language language) {
		FlowRun run = active.run();
		Instant now = clock.instant();
		List<SupportRequest.Check> checks = run.entries()
			.stream()
			.map(e -> new SupportRequest.Check(e.step().flowId(), e.step().id(), e.step().titleKey(), e.answer().id(),
					e.answer().labelKey(), e.answeredAt()))
			.toList();
		String operatorName = input.getOperatorName().isBlank() ? displayName(principal)
				: input.getOperatorName().strip();
		SupportRequestEntity entity = new SupportRequestEntity(UUID.randomUUID(), references.next(), active.id(),
				run.flow().id(), run.flow().version(), run.current().flowId(), run.current().id(), run.isFinished(),
				run.cloud(), language, input.getAffectedUser().strip(), principal, operatorName,
				input.getDescription().strip(), input.getContactEmail().strip(), input.getContactPhone().strip(),
				input.getPreferredContact(), now, checks);
		repository.saveAndFlush(entity);
		events.publishEvent(new SupportRequestFiled(entity.getId(), entity.getReference(), active.id(), now));
		events.publishEvent(new AuditEvent(AuditEvent.REQUEST_FILED, principal, entity.getReference(), now));
		return entity.getId();
	}

	/**
	 * The user name as the name shown with a request, within its length; the full name is
	 * kept as the operator's principal.
	 */
	private static String displayName(String principal) {
		int max = RequestRules.MAX_OPERATOR_NAME;
		if (principal.length() <= max) {
			return principal;
		}
		// Never half a character.
		return principal.substring(0, Character.isHighSurrogate(principal.charAt(max - 1)) ? max - 1 : max);
	}

	/** Within this class, where calls do not pass the transactional proxy. */
	private Optional<SupportRequest> readByRun(UUID runId) {
		return reads.execute(tx -> repository.findByRunId(runId).map(SupportRequestEntity::toRequest));
	}

	/**
	 * The request filed for a run, if any: the operator's own run, whose id only their
	 * session knows.
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional(readOnly = true)
	public Optional<SupportRequest> findByRun(UUID runId) {
		return repository.findByRunId(runId).map(SupportRequestEntity::toRequest);
	}

	/**
	 * Any request by its reference, as someone may type it (any case, with or without
	 * dashes).
	 */
	@RolesAllowed(Roles.SUPPORT)
	@Transactional(readOnly = true)
	public Optional<SupportRequest> find(String reference) {
		return byReference(reference).map(SupportRequestEntity::toRequest);
	}

	/**
	 * A request by its reference, only if the signed-in operator filed it: what an
	 * operator may see of requests. Someone else's request is not found.
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional(readOnly = true)
	public Optional<SupportRequest> findMine(String reference) {
		String principal = currentUser.requireName();
		return byReference(reference).filter(e -> principal.equals(e.getOperatorPrincipal()))
			.map(SupportRequestEntity::toRequest);
	}

	private Optional<SupportRequestEntity> byReference(String reference) {
		return References.normalize(reference).flatMap(repository::findByReference);
	}

	/**
	 * One page of the support queue. Sorted as asked, by the columns lists show; newest
	 * first otherwise.
	 */
	@RolesAllowed(Roles.SUPPORT)
	@Transactional(readOnly = true)
	public Page<SupportRequestRow> queue(QueueFilter filter, Pageable pageable) {
		return repository.findAll(QueueSpecifications.of(filter), sanitized(pageable)).map(SupportRequestEntity::toRow);
	}

	/** How many requests the queue holds with this filter. */
	@RolesAllowed(Roles.SUPPORT)
	@Transactional(readOnly = true)
	public long count(QueueFilter filter) {
		return repository.count(QueueSpecifications.of(filter));
	}

	/**
	 * One page of the requests the signed-in operator filed. Sorted as asked, by the
	 * columns lists show; newest first otherwise.
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional(readOnly = true)
	public Page<SupportRequestRow> mine(Pageable pageable) {
		return repository.findAll(QueueSpecifications.filedBy(currentUser.requireName()), sanitized(pageable))
			.map(SupportRequestEntity::toRow);
	}

	/** How many requests the signed-in operator filed. */
	@RolesAllowed(Roles.ADMIN)
	@Transactional(readOnly = true)
	public long countMine() {
		return repository.count(QueueSpecifications.filedBy(currentUser.requireName()));
	}

	/**
	 * Changes a request's status, or adds a comment under the same status, and records it
	 * in its history and the audit log under the signed-in person's name.
	 * @param expectedVersion the version the person saw; if the request changed since,
	 * nothing is changed
	 * @throws ConcurrentChangeException if the request changed since it was read
	 * @throws IllegalArgumentException if nothing would change or the comment is too long
	 * @throws NoSuchElementException if there is no such request
	 */
	@RolesAllowed(Roles.SUPPORT)
	@Transactional
	public SupportRequest changeStatus(String reference, long expectedVersion, RequestStatus to, String comment) {
		String actor = currentUser.requireName();
		SupportRequestEntity entity = byReference(reference)
			.orElseThrow(() -> new NoSuchElementException("No support request " + reference));
		if (entity.getVersion() != expectedVersion) {
			throw new ConcurrentChangeException(entity.getReference());
		}
		String text = comment.strip();
		if (!RequestRules.commentFits(text)) {
			throw new IllegalArgumentException("Comment longer than " + RequestRules.MAX_COMMENT);
		}
		if (to == entity.getStatus() && text.isEmpty()) {
			throw new IllegalArgumentException("Neither a new status nor a comment");
		}
		RequestStatus from = entity.getStatus();
		Instant now = clock.instant();
		entity.change(to, text, actor, now);
		repository.saveAndFlush(entity);
		events.publishEvent(new AuditEvent(AuditEvent.STATUS_CHANGED, actor,
				entity.getReference() + ": " + from.id() + " -> " + to.id(), now));
		return entity.toRequest();
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
		CsvExport csv = new CsvExport(messages, language);
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		csv.header(writer);
		// Requests filed while the export runs are left out: they would shift the
		// batches.
		Instant start = clock.instant();
		Specification<SupportRequestEntity> selection = QueueSpecifications.of(filter)
			.and((root, query, cb) -> cb.lessThanOrEqualTo(root.get("createdAt"), start));
		long written = 0;
		for (int page = 0;; page++) {
			PageRequest request = PageRequest.of(page, EXPORT_BATCH, NEWEST_FIRST);
			List<SupportRequestEntity> batch = reads.execute(tx -> repository.findAll(selection, request).getContent());
			for (SupportRequestEntity entity : batch) {
				csv.write(writer, entity);
			}
			written += batch.size();
			if (batch.size() < EXPORT_BATCH) {
				break;
			}
		}
		writer.flush();
		events.publishEvent(new AuditEvent(AuditEvent.EXPORT, actor,
				"support requests: " + written + " (" + describe(filter) + ")", clock.instant()));
		return written;
	}

	private static String describe(QueueFilter filter) {
		return "status=" + (filter.status() == null ? "any" : filter.status().id()) + ", flow="
				+ (filter.flowId() == null ? "any" : filter.flowId()) + ", language="
				+ (filter.language() == null ? "any" : filter.language().tag()) + ", from="
				+ (filter.from() == null ? "any" : filter.from()) + ", to="
				+ (filter.to() == null ? "any" : filter.to());
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
