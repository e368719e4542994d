package app.stepwise.insight;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The time the insight figures cover: runs and requests that started in
 * {@code [from, to)}.
 */
public record InsightPeriod(Instant from, Instant to) {

	/** The longest period the screen offers, so that its weekly trend stays readable. */
	public static final int MAX_DAYS = 366;

	public InsightPeriod {
		if (!from.isBefore(to)) {
			throw new IllegalArgumentException("A period ends after it starts: " + from + " – " + to);
		}
	}

	/** The last days up to now. */
	public static InsightPeriod lastDays(int days, Instant now) {
		return new InsightPeriod(now.minus(Duration.ofDays(days)), now);
	}

	/**
	 * The days from the first to the last, both included, in the reader's time zone; or
	 * nothing when the last is before the first or the span is longer than
	 * {@link #MAX_DAYS}.
	 */
	public static Optional<InsightPeriod> days(LocalDate first, LocalDate last, ZoneId zone) {
		if (last.isBefore(first) || first.plusDays(MAX_DAYS).isBefore(last.plusDays(1))) {
			return Optional.empty();
		}
		return Optional.of(new InsightPeriod(first.atStartOfDay(zone).toInstant(),
				last.plusDays(1).atStartOfDay(zone).toInstant()));
	}

	/** How many weeks (of seven days, from the start) the period touches. */
	public int weeks() {
		long seconds = Duration.between(from, to).toSeconds();
		return (int) ((seconds + WEEK_SECONDS - 1) / WEEK_SECONDS);
	}

	/** When a week of the period starts, counted from zero. */
	public Instant weekStart(int week) {
		return from.plusSeconds(week * WEEK_SECONDS);
	}

	static final long WEEK_SECONDS = 7L * 24 * 60 * 60;

}
