package app.stepwise.escalation.internal;

import app.stepwise.base.JobLock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands failed notifications back to their listeners, each after a pause that doubles
 * with every attempt (up to a maximum); moves those that failed too often out of the
 * outbox into the dead letters, where support staff see them and can send them again; and
 * purges completed ones after a while. One server at a time does this ({@link JobLock}).
 *
 * <p>
 * Which failed notifications are due is decided here, from the outbox's table, and only
 * those are resubmitted: Spring Modulith reads failed publications oldest first, a batch
 * at a time, and filters after reading, so a batch full of older ones still pausing would
 * hold back every newer one. The batch read is made just long enough to reach the due
 * ones. Modulith marks each publication resubmitted before handing it over, so a
 * publication is never resubmitted twice at once.
 *
 * <p>
 * A publication that was started and never finished (its server stopped) is marked failed
 * once {@code stale-after} has passed since the attempt began, and so retried.
 */
class NotificationRetry {

	private static final Logger log = LoggerFactory.getLogger(NotificationRetry.class);

	static final String RETRY_JOB = "notification-retry";

	static final String PURGE_JOB = "notification-purge";

	/** Read a few more than counted, for publications that failed meanwhile. */
	private static final int SLACK = 10;

	private final FailedEventPublications failed;

	private final Outbox outbox;

	private final JobLock lock;

	private final NotificationProperties.Retry properties;

	private final NotificationProperties.Purge purge;

	private final Clock clock;

	private final JsonMapper json;

	NotificationRetry(FailedEventPublications failed, Outbox outbox, JobLock lock, NotificationProperties properties,
			Clock clock, JsonMapper json) {
		this.failed = failed;
		this.outbox = outbox;
		this.lock = lock;
		this.properties = properties.retry();
		this.purge = properties.purge();
		this.clock = clock;
		this.json = json;
	}

	@Scheduled(fixedDelayString = "${stepwise.notifications.retry.interval:30s}",
			initialDelayString = "${stepwise.notifications.retry.interval:30s}")
	void retry() {
		lock.runExclusively(RETRY_JOB, properties.interval(), properties.interval().plus(Duration.ofMinutes(1)),
				this::retryNow);
	}

	@Scheduled(fixedDelayString = "${stepwise.notifications.purge.interval:1h}",
			initialDelayString = "${stepwise.notifications.purge.interval:1h}")
	void purge() {
		lock.runExclusively(PURGE_JOB, purge.interval(), purge.interval().plus(Duration.ofMinutes(1)), this::purgeNow);
	}

	/** One round of retries, on this server, whoever else is doing the same. */
	void retryNow() {
		Instant now = clock.instant();
		int stale = outbox.markStaleFailed(now.minus(properties.staleAfter()));
		if (stale > 0) {
			log.warn("{} notifications were started and never finished (a server stopped); they will be retried",
					stale);
		}
		List<Outbox.Failed> waiting = new ArrayList<>();
		for (Outbox.Failed publication : outbox.failed()) {
			if (publication.attempts() >= properties.maxAttempts()) {
				giveUp(publication, now);
			}
			else {
				waiting.add(publication);
			}
		}
		List<Outbox.Failed> due = waiting.stream()
			.filter(publication -> due(publication, now))
			.limit(properties.batchSize())
			.toList();
		if (due.isEmpty()) {
			return;
		}
		Instant newest = due.getLast().publishedAt();
		int toRead = (int) waiting.stream().filter(p -> !p.publishedAt().isAfter(newest)).count() + SLACK;
		Set<UUID> ids = due.stream().map(Outbox.Failed::id).collect(Collectors.toSet());
		failed.resubmit(ResubmissionOptions.defaults()
			.withBatchSize(toRead)
			.withFilter(publication -> ids.contains(publication.getIdentifier())));
	}

	/** Deletes completed notifications older than {@code purge.completed-after}. */
	void purgeNow() {
		int purged = outbox.purgeCompleted(clock.instant().minus(purge.completedAfter()));
		if (purged > 0) {
			log.info("Purged {} notifications completed more than {} ago", purged, purge.completedAfter());
		}
	}

	private void giveUp(Outbox.Failed publication, Instant now) {
		Outbox.Stored stored = outbox.stored(publication.id());
		if (stored == null) {
			return;
		}
		String channel = Outbox.channel(stored.listenerId());
		String reference = reference(stored.serializedEvent());
		if (outbox.giveUp(publication.id(), channel, reference, now)) {
			// Once: the publication has left the outbox, so no later round sees it.
			log.warn(
					"Notification {} ({} about {}) failed {} times and is given up; support staff can send it"
							+ " again under Notifications",
					publication.id(), channel, reference, publication.attempts() + 1);
		}
	}

	private String reference(String serializedEvent) {
		String reference;
		try {
			reference = json.readTree(serializedEvent).path("reference").asString("?");
		}
		catch (RuntimeException e) {
			reference = "?";
		}
		return reference.length() > 16 ? reference.substring(0, 16) : reference;
	}

	/** Whether a failed publication's pause is over. */
	boolean due(Outbox.Failed publication, Instant now) {
		return !now.isBefore(publication.lastAttemptAt().plus(backoff(publication.attempts())));
	}

	Duration backoff(int attempts) {
		Duration wait = properties.initialBackoff();
		for (int i = 0; i < attempts && wait.compareTo(properties.maxBackoff()) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : wait;
	}

}
