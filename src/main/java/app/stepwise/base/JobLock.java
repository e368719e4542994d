package app.stepwise.base;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lets a scheduled job run on one server at a time when several share a database: the
 * server that runs a job holds its row in {@code scheduled_lock} for a lease; the others
 * skip the job while the lease lasts. A server that stops mid-job holds it at most until
 * the lease ends.
 *
 * <p>
 * Times are the database's, so that servers whose clocks differ still agree. A lease is
 * taken by one conditional update (or the insert of the job's first row), which the
 * database serializes: of two servers trying at once, one gets it.
 */
@Component
public class JobLock {

	private static final Logger log = LoggerFactory.getLogger(JobLock.class);

	private final JdbcTemplate jdbc;

	private final String owner;

	public JobLock(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.owner = thisServer();
	}

	/**
	 * Runs the work here unless another server holds the job. After the work, the job
	 * stays held until {@code minHold} after it started, so that the other servers, whose
	 * schedules are not in step with this one's, do not run it again straight away.
	 * @param job the job's name (at most 64 characters)
	 * @param minHold how long the job stays held, at least, from its start
	 * @param lease the longest the job stays held if this server stops before it ends;
	 * longer than the work can take
	 * @return whether the work ran here
	 */
	public boolean runExclusively(String job, Duration minHold, Duration lease, Runnable work) {
		Instant start;
		try {
			start = now();
			if (!acquire(job, start, start.plus(lease))) {
				return false;
			}
		}
		catch (DataAccessException e) {
			log.warn("Could not take the lock of job {}; it runs at its next turn: {}", job, e.getMessage());
			return false;
		}
		try {
			work.run();
		}
		finally {
			release(job, start.plus(minHold));
		}
		return true;
	}

	private boolean acquire(String job, Instant now, Instant until) {
		int taken = jdbc
			.update("UPDATE scheduled_lock SET locked_until = ?, locked_at = ?, locked_by = ? WHERE name = ?"
					+ " AND locked_until <= ?", SqlTimes.at(until), SqlTimes.at(now), owner, job, SqlTimes.at(now));
		if (taken == 1) {
			return true;
		}
		try {
			jdbc.update("INSERT INTO scheduled_lock (name, locked_until, locked_at, locked_by) VALUES (?, ?, ?, ?)",
					job, SqlTimes.at(until), SqlTimes.at(now), owner);
			return true;
		}
		catch (DuplicateKeyException e) {
			return false;
		}
	}

	private void release(String job, Instant heldUntil) {
		try {
			Instant now = now();
			jdbc.update("UPDATE scheduled_lock SET locked_until = ? WHERE name = ? AND locked_by = ?",
					SqlTimes.at(heldUntil.isAfter(now) ? heldUntil : now), job, owner);
		}
		catch (DataAccessException e) {
			log.warn("Could not release the lock of job {}; it frees itself when its lease ends: {}", job,
					e.getMessage());
		}
	}

	/** Who holds a job, for tests and for the log. */
	String owner() {
		return owner;
	}

	private Instant now() {
		OffsetDateTime now = jdbc.queryForObject("SELECT CURRENT_TIMESTAMP", OffsetDateTime.class);
		if (now == null) {
			throw new IllegalStateException("The database did not tell its time");
		}
		return now.toInstant();
	}

	private static String thisServer() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException e) {
			host = "unknown-host";
		}
		String id = host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/" + UUID.randomUUID();
		return id.length() > 255 ? id.substring(id.length() - 255) : id;
	}

}
