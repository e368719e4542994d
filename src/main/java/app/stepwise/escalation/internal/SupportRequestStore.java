package app.stepwise.escalation.internal;

import app.stepwise.base.SqlTimes;
import app.stepwise.escalation.RequestStatus;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.wizard.CheckEvidence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The table {@code support_request} and the rows stored under each request: its
 * transcript ({@code support_request_step}), history ({@code support_request_change}) and
 * evidence ({@code support_request_evidence}), each numbered from 0 by {@code seq} in the
 * order they happened.
 *
 * <p>
 * Every update raises the request's {@code version} and succeeds only on the version it
 * read, so of two people changing the same request at once, the second is refused rather
 * than overwriting the first (see {@link #changeStatus}).
 */
@Component
public class SupportRequestStore {

	private static final String SELECT = "SELECT " + StoredRequest.COLUMNS + " FROM support_request";

	private final JdbcTemplate jdbc;

	SupportRequestStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a new request with version 0, its transcript and its evidence.
	 * @return its id
	 * @throws org.springframework.dao.DuplicateKeyException if its run has a request
	 * already, or its reference is taken
	 */
	UUID insert(RequestDraft draft, String reference) {
		UUID id = UUID.randomUUID();
		jdbc.update("INSERT INTO support_request (id, reference, run_id, flow_id, flow_version, step_flow_id, step_id,"
				+ " at_outcome, filed_inside_wait, cloud, language, affected_user, operator_principal, description,"
				+ " contact_email, contact_phone, preferred_contact, status, created_at, updated_at, version)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", id, reference,
				draft.runId(), draft.flowId(), draft.flowVersion(), draft.stepFlowId(), draft.stepId(),
				draft.atOutcome(), draft.filedInsideWait(), draft.cloud().id(), draft.language().tag(),
				draft.affectedUser(), draft.operatorPrincipal(), draft.description(), draft.contactEmail(),
				draft.contactPhone(), draft.preferredContact().name(), RequestStatus.NEW.name(),
				SqlTimes.at(draft.filedAt()), SqlTimes.at(draft.filedAt()));
		List<Object[]> checks = new ArrayList<>();
		for (SupportRequest.Check c : draft.transcript()) {
			checks.add(new Object[] { id, checks.size(), c.stepFlowId(), c.stepId(), c.stepTitleKey(), c.answerId(),
					c.answerLabelKey(), SqlTimes.atOrNull(c.answeredAt()) });
		}
		jdbc.batchUpdate("INSERT INTO support_request_step (request_id, seq, step_flow_id, step_id, step_title_key,"
				+ " answer_id, answer_label_key, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", checks);
		List<Object[]> evidence = new ArrayList<>();
		for (CheckEvidence e : draft.evidence()) {
			evidence.add(new Object[] { id, evidence.size(), e.stepFlowId(), e.stepId(), e.tenantId(), e.check(),
					e.status(), EvidenceRow.write(e.lines()), SqlTimes.at(e.readAt()) });
		}
		jdbc.batchUpdate("INSERT INTO support_request_evidence (request_id, seq, step_flow_id, step_id, tenant_id,"
				+ " check_name, status, lines_json, read_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", evidence);
		return id;
	}

	public Optional<StoredRequest> find(UUID id) {
		return one(SELECT + " WHERE id = ?", id);
	}

	public Optional<StoredRequest> findByRunId(UUID runId) {
		return one(SELECT + " WHERE run_id = ?", runId);
	}

	/** The request with this reference, as stored (upper case, with dashes). */
	public Optional<StoredRequest> findByReference(String reference) {
		return one(SELECT + " WHERE reference = ?", reference);
	}

	private Optional<StoredRequest> one(String sql, Object arg) {
		return jdbc.query(sql, StoredRequest::read, arg).stream().findFirst();
	}

	/** The whole request: the row with its transcript, history and evidence in order. */
	public SupportRequest toRequest(StoredRequest stored) {
		List<SupportRequest.Check> transcript = jdbc.query(
				"SELECT step_flow_id, step_id, step_title_key, answer_id, answer_label_key, answered_at"
						+ " FROM support_request_step WHERE request_id = ? ORDER BY seq",
				(rs, row) -> new SupportRequest.Check(rs.getString("step_flow_id"), rs.getString("step_id"),
						rs.getString("step_title_key"), rs.getString("answer_id"), rs.getString("answer_label_key"),
						SqlTimes.instantOrNull(rs, "answered_at")),
				stored.id());
		List<SupportRequest.StatusChange> history = jdbc.query(
				"SELECT changed_at, actor, from_status, to_status, comment FROM support_request_change"
						+ " WHERE request_id = ? ORDER BY seq",
				(rs, row) -> new SupportRequest.StatusChange(SqlTimes.instant(rs, "changed_at"), rs.getString("actor"),
						RequestStatus.valueOf(rs.getString("from_status")),
						RequestStatus.valueOf(rs.getString("to_status")), rs.getString("comment")),
				stored.id());
		List<CheckEvidence> evidence = jdbc.query(
				"SELECT step_flow_id, step_id, tenant_id, check_name, status, lines_json, read_at"
						+ " FROM support_request_evidence WHERE request_id = ? ORDER BY seq",
				(rs, row) -> new CheckEvidence(rs.getString("step_flow_id"), rs.getString("step_id"),
						rs.getString("tenant_id"), rs.getString("check_name"), rs.getString("status"),
						EvidenceRow.read(rs.getString("lines_json")), SqlTimes.instant(rs, "read_at")),
				stored.id());
		return stored.toRequest(transcript, history, evidence);
	}

	/**
	 * Changes a request's status (or adds a comment under the same status) and adds the
	 * change to its history, only if the request is still at the version read. The update
	 * locks the row until the transaction ends, so a concurrent change waits for this one
	 * and then finds the version changed.
	 * @return the request as changed, or empty if its version is no longer the one read
	 */
	public Optional<StoredRequest> changeStatus(StoredRequest read, RequestStatus to, String comment, String actor,
			Instant at) {
		int updated = jdbc.update("UPDATE support_request SET status = ?, updated_at = ?, version = version + 1"
				+ " WHERE id = ? AND version = ?", to.name(), SqlTimes.at(at), read.id(), read.version());
		if (updated == 0) {
			return Optional.empty();
		}
		Integer seq = jdbc.queryForObject("SELECT COUNT(*) FROM support_request_change WHERE request_id = ?",
				Integer.class, read.id());
		jdbc.update(
				"INSERT INTO support_request_change (request_id, seq, changed_at, actor, from_status, to_status,"
						+ " comment) VALUES (?, ?, ?, ?, ?, ?, ?)",
				read.id(), seq == null ? 0 : seq, SqlTimes.at(at), actor, read.status().name(), to.name(), comment);
		return find(read.id());
	}

	/** One page of the selected requests, sorted by the pageable's sort. */
	public Page<StoredRequest> page(QueueQuery query, Pageable pageable) {
		String sql = SELECT + " WHERE " + query.where() + orderBy(pageable);
		List<Object> args = new ArrayList<>(query.args());
		if (pageable.isPaged()) {
			sql += " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
			args.add(pageable.getOffset());
			args.add(pageable.getPageSize());
		}
		List<StoredRequest> content = jdbc.query(sql, StoredRequest::read, args.toArray());
		return PageableExecutionUtils.getPage(content, pageable, () -> count(query));
	}

	private static String orderBy(Pageable pageable) {
		return pageable.getSort().isSorted() ? " ORDER BY " + QueueQuery.orderBy(pageable.getSort()) : "";
	}

	public long count(QueueQuery query) {
		Long count = jdbc.queryForObject("SELECT COUNT(*) FROM support_request WHERE " + query.where(), Long.class,
				query.args().toArray());
		return count == null ? 0 : count;
	}

	/**
	 * The next selected requests filed until {@code until}, newest first (the reference
	 * breaking ties): those after {@code last} in that order, by keyset, so that a batch
	 * deep in a large table costs what the first costs.
	 */
	List<StoredRequest> newestFirst(QueueQuery query, Instant until, @Nullable StoredRequest last, int limit) {
		QueueQuery batch = query.and("created_at <= ?", SqlTimes.at(until));
		List<Object> args = new ArrayList<>(batch.args());
		String after = "";
		if (last != null) {
			after = " AND (created_at < ? OR (created_at = ? AND reference > ?))";
			args.add(SqlTimes.at(last.createdAt()));
			args.add(SqlTimes.at(last.createdAt()));
			args.add(last.reference());
		}
		args.add(limit);
		return jdbc.query(
				SELECT + " WHERE " + batch.where() + after
						+ " ORDER BY created_at DESC, reference ASC FETCH FIRST ? ROWS ONLY",
				StoredRequest::read, args.toArray());
	}

}
