package app.stepwise.escalation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Hands failed notifications back to their listeners, each after a pause that doubles
 * with every attempt (up to a maximum), and gives up after a number of attempts. The
 * outbox (Spring Modulith's event publication registry) claims each publication before
 * resubmitting it, so two instances never resubmit the same one.
 */
class NotificationRetry {

	private static final Logger log = LoggerFactory.getLogger(NotificationRetry.class);

	private static final int BATCH = 50;

	private final FailedEventPublications failed;

	private final NotificationProperties.Retry properties;

	private final Clock clock;

	NotificationRetry(FailedEventPublications failed, NotificationProperties properties, Clock clock) {
		this.failed = failed;
		this.properties = properties.retry();
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${stepwise.notifications.retry.interval:30s}",
			initialDelayString = "${stepwise.notifications.retry.interval:30s}")
	void retry() {
		failed.resubmit(ResubmissionOptions.defaults().withBatchSize(BATCH).withFilter(this::due));
	}

	/** Whether a failed publication's pause is over and it has attempts left. */
	boolean due(EventPublication publication) {
		int attempts = publication.getCompletionAttempts();
		if (attempts >= properties.maxAttempts()) {
			log.warn("Notification {} failed {} times and is no longer retried", publication.getIdentifier(),
					attempts + 1);
			return false;
		}
		Instant last = publication.getLastResubmissionDate() == null ? publication.getPublicationDate()
				: publication.getLastResubmissionDate();
		return !clock.instant().isBefore(last.plus(backoff(attempts)));
	}

	Duration backoff(int attempts) {
		Duration wait = properties.initialBackoff();
		for (int i = 0; i < attempts && wait.compareTo(properties.maxBackoff()) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : wait;
	}

}
