package app.stepwise.escalation.internal;

import app.stepwise.base.SqlTimes;
import app.stepwise.escalation.RunOutcome;
import app.stepwise.escalation.RunPathCount;
import app.stepwise.escalation.RunRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The table {@code run_record}: one row per run, its newest end. The path is stored as
 * the answer ids joined by dots, as in a run's address.
 */
@Component
public class RunRecordStore {

	private static final String SEPARATOR = ".";

	private final JdbcTemplate jdbc;

	RunRecordStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the run's end, replacing an earlier end of the same run.
	 * @throws org.springframework.dao.DuplicateKeyException if the same run's first end
	 * was stored at the same moment by someone else (storing again then updates it)
	 */
	public void save(RunRecord record) {
		Object[] values = { record.flowId(), record.flowVersion(), record.stepFlowId(), record.stepId(),
				record.outcome().name(), record.path().size(), String.join(SEPARATOR, record.path()),
				SqlTimes.at(record.endedAt()), record.runId() };
		int updated = jdbc.update(
				"UPDATE run_record SET flow_id = ?, flow_version = ?, step_flow_id = ?, step_id = ?,"
						+ " outcome = ?, answers = ?, path = ?, ended_at = ?, version = version + 1 WHERE run_id = ?",
				values);
		if (updated == 0) {
			jdbc.update("INSERT INTO run_record (flow_id, flow_version, step_flow_id, step_id, outcome, answers, path,"
					+ " ended_at, run_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", values);
		}
	}

	public Optional<RunRecord> find(UUID runId) {
		return jdbc
			.query("SELECT run_id, flow_id, flow_version, step_flow_id, step_id, outcome, path, ended_at"
					+ " FROM run_record WHERE run_id = ?", RunRecordStore::record, runId)
			.stream()
			.findFirst();
	}

	/** How many runs ended each way; every outcome is counted, none is missing. */
	public Map<RunOutcome, Long> countByOutcome() {
		Map<RunOutcome, Long> counts = new EnumMap<>(RunOutcome.class);
		for (RunOutcome outcome : RunOutcome.values()) {
			counts.put(outcome, 0L);
		}
		jdbc.query("SELECT outcome, COUNT(*) FROM run_record GROUP BY outcome",
				(RowCallbackHandler) rs -> counts.put(RunOutcome.valueOf(rs.getString(1)), rs.getLong(2)));
		return counts;
	}

	/** Runs that ended in {@code [from, to)}, grouped by start flow, path and end. */
	public List<RunPathCount> countPaths(Instant from, Instant to) {
		return jdbc.query("SELECT flow_id, path, step_flow_id, step_id, outcome, COUNT(*) AS runs FROM run_record"
				+ " WHERE ended_at >= ? AND ended_at < ?" + " GROUP BY flow_id, path, step_flow_id, step_id, outcome",
				(rs, row) -> new RunPathCount(rs.getString("flow_id"), answerIds(rs.getString("path")),
						rs.getString("step_flow_id"), rs.getString("step_id"),
						RunOutcome.valueOf(rs.getString("outcome")), rs.getLong("runs")),
				SqlTimes.at(from), SqlTimes.at(to));
	}

	private static RunRecord record(ResultSet rs, int row) throws SQLException {
		return new RunRecord(rs.getObject("run_id", UUID.class), rs.getString("flow_id"), rs.getInt("flow_version"),
				rs.getString("step_flow_id"), rs.getString("step_id"), RunOutcome.valueOf(rs.getString("outcome")),
				answerIds(rs.getString("path")), SqlTimes.instant(rs, "ended_at"));
	}

	/** The answer ids of a stored path. */
	static List<String> answerIds(String storedPath) {
		return storedPath.isEmpty() ? List.of() : Arrays.asList(storedPath.split("\\."));
	}

}
