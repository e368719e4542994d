package app.stepwise.runs.internal;

import static app.stepwise.base.SqlTimes.atOrNull;

import app.stepwise.runs.RunEnd;
import app.stepwise.runs.SavedRun;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What happens to saved runs with time, apart from their owners' steps: idle runs marked
 * abandoned, finished ones forgotten as anybody's. Used by the scheduled upkeep and by
 * the personal-data expiry, never on a step; each statement changes a row whatever
 * version it is, and the version moves on so that a session's next save reads the row
 * again.
 */
public class RunHousekeeping {

	private final JdbcTemplate jdbc;

	public RunHousekeeping(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Marks open runs without activity since {@code idleSince} abandoned at their step,
	 * at most {@code limit} of them; each at the moment it was last worked on, which is
	 * when it was left.
	 * @return the runs marked, as they now stand
	 */
	public List<SavedRun> abandonIdle(Instant idleSince, int limit) {
		List<SavedRun> idle = jdbc.query(
				"SELECT " + RunTable.COLUMNS + " FROM flow_run WHERE outcome IS NULL"
						+ " AND last_activity_at < ? ORDER BY last_activity_at, id LIMIT ?",
				(rs, i) -> RunTable.stored(rs).run(), atOrNull(idleSince), limit);
		List<SavedRun> abandoned = new ArrayList<>(idle.size());
		for (SavedRun run : idle) {
			// Only if it is still idle: the person may have come back meanwhile.
			int changed = jdbc.update(
					"UPDATE flow_run SET outcome = ?, end_step_flow_id = step_flow_id,"
							+ " end_step_id = step_id, ended_at = last_activity_at, version = version + 1"
							+ " WHERE id = ? AND outcome IS NULL AND last_activity_at < ?",
					RunEnd.ABANDONED.name(), run.id(), atOrNull(idleSince));
			if (changed == 1) {
				abandoned.add(new SavedRun(run.id(), run.flowId(), run.flowVersion(), run.cloud(), run.path(),
						run.stepFlowId(), run.stepId(), run.affectedUser(), run.lastActivityAt(), run.waitingUntil(),
						RunEnd.ABANDONED, run.lastActivityAt()));
			}
		}
		return abandoned;
	}

	/**
	 * Erases who ran them, whom they were about and what checks showed, from runs that
	 * ended before {@code endedBefore}; what figures are made of stays.
	 * @return how many runs were forgotten
	 */
	public int forgetFinished(Instant endedBefore) {
		return jdbc.update(
				"UPDATE flow_run SET owner = NULL, affected_user = NULL, evidence = NULL,"
						+ " version = version + 1 WHERE outcome IS NOT NULL AND ended_at < ?"
						+ " AND (owner IS NOT NULL OR affected_user IS NOT NULL OR evidence IS NOT NULL)",
				atOrNull(endedBefore));
	}

}
