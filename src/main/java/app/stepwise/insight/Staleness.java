package app.stepwise.insight;

import app.stepwise.flow.Step;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * Which steps are due to be checked again: those whose {@code source-date} lies more than
 * the configured age before today.
 */
public final class Staleness {

	private final Period staleAfter;

	private final Clock clock;

	public Staleness(Period staleAfter, Clock clock) {
		this.staleAfter = staleAfter;
		this.clock = clock;
	}

	public Period staleAfter() {
		return staleAfter;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public boolean isStale(Step step) {
		return isStale(step.sourceDate());
	}

	/** Whether a procedure checked on that day is older than allowed today. */
	public boolean isStale(LocalDate sourceDate) {
		return sourceDate.plus(staleAfter).isBefore(today());
	}

	/** Whole months from the source date to today; 0 when less than a month. */
	public long ageInMonths(LocalDate sourceDate) {
		return Math.max(0, ChronoUnit.MONTHS.between(sourceDate, today()));
	}

	/** Whole days from the source date to today. */
	public long ageInDays(LocalDate sourceDate) {
		return Math.max(0, ChronoUnit.DAYS.between(sourceDate, today()));
	}

}
