package app.stepwise.security;

import app.stepwise.base.AuditEvent;
import app.stepwise.base.JobLock;
import java.io.Serial;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Slows down password guessing with the sign-in form: after
 * {@link SecuritySettings.Throttle#maxFailures()} wrong passwords in a row for one user
 * name, that name is refused for {@link SecuritySettings.Throttle#lockout()}, even with
 * the right password. Unknown names are counted like known ones, so the refusal says
 * nothing about who exists. A successful sign-in clears the count; failures older than
 * the lockout no longer count.
 *
 * <p>
 * Counts are kept in the database (table {@code sign_in_failure}), so that every server
 * behind a load balancer counts the same failures: with two servers an attacker gets no
 * more guesses than with one. Two servers counting a failure for the same name at once
 * both count it: each change is a compare-and-set on the row's version, tried again when
 * another server changed the row first. At most {@link #MAX_NAMES} names are kept: when
 * more are, expired counts go, then those with the fewest failures, so that a flood of
 * invented names cannot push out a name under attack; expired counts are also cleaned up
 * every {@link #CLEAN_UP_MINUTES} minutes, by one server.
 */
@Component
public class SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	static final int MAX_NAMES = 10_000;

	static final int CLEAN_UP_MINUTES = 10;

	/** User names are at most 100 characters; anything longer is cut for the count. */
	static final int KEY_LENGTH = 100;

	/** More than enough for any number of servers counting the same name at once. */
	private static final int TRIES = 100;

	private final int maxFailures;

	private final Duration lockout;

	private final int maxNames;

	private final Clock clock;

	private final SignInFailures counts;

	private final ApplicationEventPublisher events;

	private final JobLock jobs;

	@Autowired
	SignInThrottle(SecuritySettings settings, Clock clock, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager, ApplicationEventPublisher events, JobLock jobs) {
		this(settings, clock, jdbc, transactionManager, events, jobs, MAX_NAMES);
	}

	SignInThrottle(SecuritySettings settings, Clock clock, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager, ApplicationEventPublisher events, JobLock jobs,
			int maxNames) {
		SecuritySettings.Throttle throttle = settings.throttle();
		List<String> problems = new ArrayList<>();
		if (throttle.maxFailures() < 1) {
			problems.add("stepwise.security.throttle.max-failures must be at least 1, not " + throttle.maxFailures());
		}
		if (throttle.lockout().isNegative() || throttle.lockout().isZero()) {
			problems.add("stepwise.security.throttle.lockout must be longer than zero, not " + throttle.lockout());
		}
		if (!problems.isEmpty()) {
			throw new InvalidSecuritySettingsException(problems);
		}
		this.maxFailures = throttle.maxFailures();
		this.lockout = throttle.lockout();
		this.maxNames = maxNames;
		this.clock = clock;
		this.counts = new SignInFailures(jdbc, transactionManager);
		this.events = events;
		this.jobs = jobs;
	}

	/** How long the user name is still refused, if it is. */
	public Optional<Duration> refusedFor(@Nullable String username) {
		Instant now = clock.instant();
		return counts.lockedUntil(key(username)).filter(now::isBefore).map(until -> Duration.between(now, until));
	}

	/**
	 * The failure a refused sign-in reports, for the sign-in screen and the audit log.
	 */
	public ThrottledException refusal(Duration remaining) {
		return new ThrottledException(remaining);
	}

	@EventListener
	void signInFailed(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
			failed(attempt.getName());
		}
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		counts.clear(key(event.getAuthentication().getName()));
	}

	/** Counts a failure; the one that reaches the limit locks the name, and says so. */
	void failed(@Nullable String username) {
		String key = key(username);
		Instant now = clock.instant();
		for (int i = 0; i < TRIES; i++) {
			SignInFailures.Counted counted = counts.count(key, now, lockout, maxFailures);
			if (counted == null) {
				continue;
			}
			if (counted.failures() == maxFailures) {
				events.publishEvent(new AuditEvent(AuditEvent.SIGN_IN_LOCKED,
						username == null || username.isBlank() ? "anonymous" : username,
						"after " + maxFailures + " failed sign-ins, for " + lockout, now));
			}
			if (counted.newName()) {
				keepWithinBounds(now);
			}
			return;
		}
		log.warn("Could not count a failed sign-in for one name after {} tries", TRIES);
	}

	private void keepWithinBounds(Instant now) {
		if (counts.tracked() <= maxNames) {
			return;
		}
		counts.forgetOlderThan(now.minus(lockout));
		// Down to nine tenths, so that a flood does not sort the table on every failure.
		int excess = counts.tracked() - maxNames * 9 / 10;
		if (excess > 0) {
			counts.forgetLeastSuspicious(excess);
		}
	}

	/** Removes counts that no longer count, on one server at a time. */
	@Scheduled(fixedDelay = CLEAN_UP_MINUTES, initialDelay = CLEAN_UP_MINUTES, timeUnit = TimeUnit.MINUTES)
	void cleanUp() {
		Duration every = Duration.ofMinutes(CLEAN_UP_MINUTES);
		jobs.runExclusively("sign-in-throttle-clean-up", every, every,
				() -> counts.forgetOlderThan(clock.instant().minus(lockout)));
	}

	/** How many names are counted, for tests. */
	int tracked() {
		return counts.tracked();
	}

	/** The failures counted for a name, for tests. */
	int failures(String username) {
		return counts.failures(key(username));
	}

	private static String key(@Nullable String username) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return name.length() > KEY_LENGTH ? name.substring(0, KEY_LENGTH) : name;
	}

	/** A sign-in refused because its user name had too many failures in a row. */
	public static final class ThrottledException extends LockedException {

		@Serial
		private static final long serialVersionUID = 1L;

		private final Duration remaining;

		ThrottledException(Duration remaining) {
			super("Too many failed sign-ins for this user name");
			this.remaining = remaining;
		}

		/** How long the user name was still refused when this sign-in was tried. */
		public Duration remaining() {
			return remaining;
		}

	}

}
