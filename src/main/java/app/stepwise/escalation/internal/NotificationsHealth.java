package app.stepwise.escalation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The health component {@code notifications}: whether the mail server answers, and how
 * many notifications wait, failed or were given up. When something is wrong it reports
 * {@link #DEGRADED}, which the configured status order puts below UP: support staff see
 * it, but neither {@code /actuator/health} nor readiness goes down for it, so that a load
 * balancer never takes Stepwise out because mail is down. (Spring Boot's own mail health
 * indicator is off for that reason.)
 *
 * <p>
 * The mail server is asked at most every {@link #MAIL_CHECK}; health may be polled often.
 */
class NotificationsHealth implements HealthIndicator {

	/** Working, but notifications are not getting through. */
	static final Status DEGRADED = new Status("DEGRADED", "Notifications are delayed or given up");

	private static final Duration MAIL_CHECK = Duration.ofSeconds(30);

	private final Outbox outbox;

	private final @Nullable JavaMailSender mail;

	private final Clock clock;

	private @Nullable Instant mailCheckedAt;

	private @Nullable String mailProblem;

	NotificationsHealth(Outbox outbox, @Nullable JavaMailSender mail, Clock clock) {
		this.outbox = outbox;
		this.mail = mail;
		this.clock = clock;
	}

	@Override
	public Health health() {
		Map<String, Object> details = new LinkedHashMap<>();
		boolean degraded = false;
		if (mail != null) {
			String problem = mailProblem();
			details.put("mail", problem == null ? "reachable" : "unreachable: " + problem);
			degraded = problem != null;
		}
		long failed = 0;
		long givenUp = 0;
		long pending = 0;
		for (Outbox.Count count : outbox.counts()) {
			switch (count.state()) {
				case "failed" -> failed += count.count();
				case "given-up" -> givenUp += count.count();
				default -> pending += count.count();
			}
		}
		details.put("pending", pending);
		details.put("failed", failed);
		details.put("givenUp", givenUp);
		degraded = degraded || failed > 0 || givenUp > 0;
		return Health.status(degraded ? DEGRADED : Status.UP).withDetails(details).build();
	}

	private synchronized @Nullable String mailProblem() {
		Instant now = clock.instant();
		if (mailCheckedAt == null || !now.isBefore(mailCheckedAt.plus(MAIL_CHECK))) {
			mailProblem = testMail();
			mailCheckedAt = now;
		}
		return mailProblem;
	}

	private @Nullable String testMail() {
		if (!(mail instanceof JavaMailSenderImpl server)) {
			return null;
		}
		try {
			server.testConnection();
			return null;
		}
		catch (Exception e) {
			String message = e.getMessage();
			return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
		}
	}

}
