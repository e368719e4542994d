package app.stepwise.runs.internal;

import app.stepwise.base.JobLock;
import app.stepwise.runs.SavedRun;
import app.stepwise.wizard.RunEnded;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Decides from the data, not from sessions, what became of runs: an open run idle for
 * {@code stepwise.runs.abandon-after} is abandoned at its step (and announced as
 * {@link RunEnded}, like any end, for the run records and figures); a run finished longer
 * than {@code stepwise.runs.keep-finished} ago is forgotten as a person's run. One server
 * at a time does this ({@link JobLock}).
 */
@Component
public class RunUpkeep {

	static final String JOB = "runs-upkeep";

	private static final Logger log = LoggerFactory.getLogger(RunUpkeep.class);

	private static final int BATCH = 200;

	private final RunHousekeeping runs;

	private final RunsProperties properties;

	private final JobLock lock;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	public RunUpkeep(RunHousekeeping runs, RunsProperties properties, JobLock lock, Clock clock,
			ApplicationEventPublisher events) {
		this.runs = runs;
		this.properties = properties;
		this.lock = lock;
		this.clock = clock;
		this.events = events;
	}

	@Scheduled(fixedDelayString = "${stepwise.runs.upkeep-interval:10m}",
			initialDelayString = "${stepwise.runs.upkeep-interval:10m}")
	void upkeep() {
		Duration interval = properties.upkeepInterval();
		lock.runExclusively(JOB, interval, interval.plus(Duration.ofMinutes(10)), this::upkeepNow);
	}

	/** One round, on this server, whoever else is doing the same. */
	public void upkeepNow() {
		Instant now = clock.instant();
		int abandoned = abandonIdle(now.minus(properties.abandonAfter()));
		int forgotten = runs.forgetFinished(now.minus(properties.keepFinished()));
		if (abandoned > 0 || forgotten > 0) {
			log.info("Runs: {} marked abandoned after {} without activity; {} finished runs forgotten", abandoned,
					properties.abandonAfter(), forgotten);
		}
	}

	private int abandonIdle(Instant idleSince) {
		int total = 0;
		List<SavedRun> batch;
		do {
			batch = runs.abandonIdle(idleSince, BATCH);
			for (SavedRun run : batch) {
				events.publishEvent(new RunEnded(run.id(), run.flowId(), run.flowVersion(), run.stepFlowId(),
						run.stepId(), Optional.empty(), run.path(), run.lastActivityAt()));
			}
			total += batch.size();
		}
		while (batch.size() == BATCH);
		return total;
	}

}
