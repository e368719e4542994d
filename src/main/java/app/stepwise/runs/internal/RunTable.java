package app.stepwise.runs.internal;

import static app.stepwise.base.SqlTimes.atOrNull;
import static app.stepwise.base.SqlTimes.instantOrNull;

import app.stepwise.runs.RunEnd;
import app.stepwise.runs.SavedRun;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tables {@code flow_run} and {@code flow_run_answer}, in plain SQL that H2 and
 * PostgreSQL both run. Every change of a run is one transaction. A run's row changes only
 * from a version its writer knows: the one its own last save left, or the one it has just
 * read with {@code FOR UPDATE}; so two servers saving the same run take turns, and a
 * session that saves every step of its own run needs no read before each.
 */
public class RunTable {

	private static final String SEPARATOR = ".";

	static final String COLUMNS = "id, owner, affected_user, evidence, tenant_id, flow_id, flow_version, cloud,"
			+ " path, step_flow_id, step_id, last_activity_at, waiting_until, outcome, ended_at";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	public RunTable(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Saves the run as it stands now, as worked on at {@code now}, reading it first.
	 * @return false, saving nothing, if the id belongs to someone else's run
	 * @see #save(RunState, Instant, RowVersion)
	 */
	public boolean save(RunState state, Instant now) {
		return save(state, now, null) != null;
	}

	/**
	 * Saves the run as it stands now, as worked on at {@code now}. The version it started
	 * on and when it started stay as first saved; when it reaches an outcome that time is
	 * kept, unless it is the one it had already reached.
	 * <p>
	 * Given what the caller's last save of this run left, the row changes only if it
	 * still is that version (one statement instead of reading the row first); if someone
	 * changed it meanwhile, or nothing is given, the row is read with {@code FOR UPDATE}
	 * and saved over what it holds. A run just begun ({@link RowVersion#none()}) is
	 * inserted without a read: an id already stored fails the save.
	 * @param last what the caller's previous save of this run returned, if any
	 * @return what this save left, for the next; null, saving nothing, if the id belongs
	 * to someone else's run
	 */
	public @Nullable RowVersion save(RunState state, Instant now, @Nullable RowVersion last) {
		return transactions.execute(tx -> {
			String path = String.join(SEPARATOR, state.path());
			String end = state.end() == null ? null : state.end().name();
			if (last != null && last.isNone()) {
				return insert(state, path, end, now);
			}
			RowVersion saved = last == null ? null : update(state, path, end, now, last);
			if (saved != null) {
				return saved;
			}
			List<RowVersion> found = jdbc.query(
					"SELECT owner, outcome, path, ended_at, version FROM flow_run WHERE id = ? FOR UPDATE",
					(rs, i) -> new RowVersion(rs.getString(1), rs.getLong(5), rs.getString(3), rs.getString(2),
							instantOrNull(rs, 4)),
					state.id());
			if (found.isEmpty()) {
				return insert(state, path, end, now);
			}
			RowVersion stored = found.getFirst();
			return state.owner().equals(stored.owner()) ? update(state, path, end, now, stored) : null;
		});
	}

	/**
	 * Saves over the row if it still is the version {@code stored} describes.
	 * @return what is stored now, or null if the row is not that version (any more)
	 */
	private @Nullable RowVersion update(RunState state, String path, @Nullable String end, Instant now,
			RowVersion stored) {
		Instant endedAt = end == null ? null
				: end.equals(stored.outcome()) && path.equals(stored.path()) && stored.endedAt() != null
						? stored.endedAt() : now;
		int changed = jdbc.update("UPDATE flow_run SET affected_user = ?, evidence = ?, cloud = ?,"
				+ " language = COALESCE(?, language), tenant_id = ?, path = ?, answers = ?, step_flow_id = ?,"
				+ " step_id = ?, last_activity_at = ?, waiting_until = ?, outcome = ?, end_step_flow_id = ?,"
				+ " end_step_id = ?, ended_at = ?, version = version + 1 WHERE id = ? AND owner = ? AND version = ?",
				state.affectedUser(), state.evidence(), state.cloud(), state.language(), state.tenantId(), path,
				state.path().size(), state.stepFlowId(), state.stepId(), atOrNull(now), atOrNull(state.waitingUntil()),
				end, end == null ? null : state.stepFlowId(), end == null ? null : state.stepId(), atOrNull(endedAt),
				state.id(), state.owner(), stored.version());
		if (changed == 0) {
			return null;
		}
		if (!path.equals(stored.path())) {
			List<String> before = answerIds(stored.path());
			int shared = sharedAnswers(before, state.path());
			if (shared < before.size()) {
				jdbc.update("DELETE FROM flow_run_answer WHERE run_id = ? AND seq >= ?", state.id(), shared);
			}
			addAnswersFrom(shared, state);
		}
		return new RowVersion(state.owner(), stored.version() + 1, path, end, endedAt);
	}

	/** Adds the run's row and its answers; returns what is stored. */
	private RowVersion insert(RunState state, String path, @Nullable String end, Instant now) {
		Instant startedAt = state.answerTimes().stream().filter(Objects::nonNull).findFirst().orElse(now);
		jdbc.update("INSERT INTO flow_run (id, owner, affected_user, evidence, flow_id, flow_version, cloud, language,"
				+ " tenant_id, path, answers, step_flow_id, step_id, started_at, last_activity_at, waiting_until,"
				+ " outcome, end_step_flow_id, end_step_id, ended_at, earlier_run_id, version)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", state.id(),
				state.owner(), state.affectedUser(), state.evidence(), state.flowId(), state.flowVersion(),
				state.cloud(), state.language(), state.tenantId(), path, state.path().size(), state.stepFlowId(),
				state.stepId(), atOrNull(startedAt), atOrNull(now), atOrNull(state.waitingUntil()), end,
				end == null ? null : state.stepFlowId(), end == null ? null : state.stepId(),
				end == null ? null : atOrNull(now), state.earlierRunId());
		addAnswersFrom(0, state);
		return new RowVersion(state.owner(), 0, path, end, end == null ? null : now);
	}

	/**
	 * How many answers, from the first, the stored path and the new one have in common:
	 * their rows stay as they are (a step forward only adds one row).
	 */
	private static int sharedAnswers(List<String> stored, List<String> path) {
		int shared = 0;
		while (shared < stored.size() && shared < path.size() && stored.get(shared).equals(path.get(shared))) {
			shared++;
		}
		return shared;
	}

	/**
	 * The answers from position {@code from} on, one row each, with the step each was
	 * given at (none is stored there: the caller removed any): the run is replayed by the
	 * caller, so its steps are known only as far as the path goes; the step of each
	 * answer is stored as the path's replay gives it.
	 */
	private void addAnswersFrom(int from, RunState state) {
		List<Object[]> rows = new ArrayList<>(state.path().size() - from);
		for (int i = from; i < state.path().size(); i++) {
			rows.add(new Object[] { state.id(), i, state.answerSteps().get(i).flowId(), state.answerSteps().get(i).id(),
					state.path().get(i), atOrNull(state.answerTimes().get(i)) });
		}
		if (!rows.isEmpty()) {
			jdbc.batchUpdate("INSERT INTO flow_run_answer (run_id, seq, step_flow_id, step_id, answer_id, answered_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?)", rows);
		}
	}

	/** A run, only if it is this person's. */
	public Optional<StoredRun> find(UUID id, String owner) {
		List<StoredRun> found = jdbc.query("SELECT " + COLUMNS + " FROM flow_run WHERE id = ? AND owner = ?",
				(rs, i) -> stored(rs), id, owner);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		StoredRun run = found.getFirst();
		List<@Nullable Instant> times = jdbc.query(
				"SELECT answered_at FROM flow_run_answer WHERE run_id = ? ORDER BY seq",
				(rs, i) -> instantOrNull(rs, 1), id);
		return Optional.of(new StoredRun(run.run(), run.owner(), run.tenantId(), run.evidence(), times));
	}

	/** This person's open runs, most recently worked on first. */
	public List<SavedRun> open(String owner, int limit) {
		return jdbc.query("SELECT " + COLUMNS + " FROM flow_run WHERE owner = ? AND outcome IS NULL"
				+ " ORDER BY last_activity_at DESC, id LIMIT ?", (rs, i) -> stored(rs).run(), owner, limit);
	}

	/** This person's runs that ended since {@code since}, most recent first. */
	public List<SavedRun> finished(String owner, Instant since, int limit) {
		return jdbc.query(
				"SELECT " + COLUMNS + " FROM flow_run WHERE owner = ? AND outcome IS NOT NULL AND ended_at >= ?"
						+ " ORDER BY ended_at DESC, id LIMIT ?",
				(rs, i) -> stored(rs).run(), owner, atOrNull(since), limit);
	}

	/**
	 * A row of {@code flow_run} read with {@link #COLUMNS}, without its answers' times.
	 */
	static StoredRun stored(ResultSet rs) throws SQLException {
		String outcome = rs.getString("outcome");
		String path = rs.getString("path");
		SavedRun run = new SavedRun(rs.getObject("id", UUID.class), rs.getString("flow_id"), rs.getInt("flow_version"),
				Objects.requireNonNullElse(rs.getString("cloud"), "worldwide"), answerIds(path),
				rs.getString("step_flow_id"), rs.getString("step_id"), rs.getString("affected_user"),
				Objects.requireNonNull(instantOrNull(rs, "last_activity_at")), instantOrNull(rs, "waiting_until"),
				outcome == null ? null : RunEnd.valueOf(outcome), instantOrNull(rs, "ended_at"));
		return new StoredRun(run, rs.getString("owner"), rs.getString("tenant_id"), rs.getString("evidence"),
				List.of());
	}

	private static List<String> answerIds(String path) {
		return path.isEmpty() ? List.of() : Arrays.asList(path.split("\\."));
	}

}
