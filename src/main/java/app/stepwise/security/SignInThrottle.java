package app.stepwise.security;

import java.io.Serial;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing with the sign-in form: after
 * {@link SecuritySettings.Throttle#maxFailures()} wrong passwords in a row for one user
 * name, that name is refused for {@link SecuritySettings.Throttle#lockout()}, even with
 * the right password. Unknown names are counted like known ones, so the refusal says
 * nothing about who exists. A successful sign-in clears the count; failures older than
 * the lockout no longer count.
 *
 * <p>
 * Counts live in memory, per server, for at most {@link #MAX_NAMES} names: when more are
 * being tracked, expired counts go, then those with the fewest failures, so that a flood
 * of invented names cannot push out a name under attack.
 */
@Component
public class SignInThrottle {

	static final int MAX_NAMES = 10_000;

	/** User names are at most 100 characters; anything longer is cut for the count. */
	private static final int KEY_LENGTH = 100;

	private final int maxFailures;

	private final Duration lockout;

	private final Clock clock;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	SignInThrottle(SecuritySettings settings, Clock clock) {
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
		this.clock = clock;
	}

	/** How long the user name is still refused, if it is. */
	public Optional<Duration> refusedFor(@Nullable String username) {
		Failures current = failures.get(key(username));
		Instant now = clock.instant();
		if (current == null || current.lockedUntil() == null || !now.isBefore(current.lockedUntil())) {
			return Optional.empty();
		}
		return Optional.of(Duration.between(now, current.lockedUntil()));
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
		failures.remove(key(event.getAuthentication().getName()));
	}

	void failed(@Nullable String username) {
		Instant now = clock.instant();
		failures.compute(key(username), (name, before) -> {
			int count = before == null || before.last().plus(lockout).isBefore(now) ? 1 : before.count() + 1;
			return new Failures(count, now, count >= maxFailures ? now.plus(lockout) : null);
		});
		if (failures.size() > MAX_NAMES) {
			forgetLeastSuspicious(now);
		}
	}

	private void forgetLeastSuspicious(Instant now) {
		failures.values().removeIf(f -> f.last().plus(lockout).isBefore(now));
		// Down to nine tenths, so that a flood does not sort the map on every failure.
		int excess = failures.size() - MAX_NAMES * 9 / 10;
		if (excess > 0) {
			failures.entrySet()
				.stream()
				.sorted(Comparator.comparingInt((Map.Entry<String, Failures> e) -> e.getValue().count())
					.thenComparing(e -> e.getValue().last()))
				.limit(excess)
				.map(Map.Entry::getKey)
				.toList()
				.forEach(failures::remove);
		}
	}

	int tracked() {
		return failures.size();
	}

	private static String key(@Nullable String username) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return name.length() > KEY_LENGTH ? name.substring(0, KEY_LENGTH) : name;
	}

	private record Failures(int count, Instant last, @Nullable Instant lockedUntil) {
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
