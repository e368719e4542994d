package app.stepwise.privacy;

import app.stepwise.base.AuditEvent;
import app.stepwise.base.JobLock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes personal data kept longer than its retention period: every
 * {@code stepwise.privacy.retention-interval} (and a minute after start), on one server
 * at a time, each kind of {@link PersonalData} with its own period. What was removed is
 * in the audit log (actor {@code retention}).
 */
@Component
class RetentionRound {

	private static final Logger log = LoggerFactory.getLogger(RetentionRound.class);

	static final String JOB = "personal-data-retention";

	/** Audit action of a retention round that removed something. */
	static final String EXPIRED = "personal-data-expired";

	private final List<PersonalData> kinds;

	private final PrivacyProperties properties;

	private final JobLock lock;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RetentionRound(List<PersonalData> kinds, PrivacyProperties properties, JobLock lock,
			ApplicationEventPublisher events, Clock clock) {
		this.kinds = List.copyOf(kinds);
		this.properties = properties;
		this.lock = lock;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${stepwise.privacy.retention-interval:1h}", initialDelayString = "PT1M")
	void run() {
		Duration interval = properties.retentionInterval();
		lock.runExclusively(JOB, interval, interval.plus(Duration.ofMinutes(10)), this::runNow);
	}

	/** One round now, on this server; how many records of each kind it removed. */
	Map<String, Integer> runNow() {
		Instant now = clock.instant();
		Map<String, Integer> removed = new LinkedHashMap<>();
		for (PersonalData kind : kinds) {
			try {
				int count = kind.expire(now.minus(properties.retentionOf(kind)));
				if (count > 0) {
					removed.put(kind.name(), count);
				}
			}
			catch (DataAccessException e) {
				log.warn("Personal data '{}' past its retention could not be removed; next round tries again: {}",
						kind.name(), e.getMessage());
			}
		}
		if (!removed.isEmpty()) {
			String counts = removed.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + e.getValue())
				.collect(Collectors.joining(" "));
			log.info("Personal data past its retention removed: {}", counts);
			events.publishEvent(new AuditEvent(EXPIRED, "retention", counts, now));
		}
		return removed;
	}

}
