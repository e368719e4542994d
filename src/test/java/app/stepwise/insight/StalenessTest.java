package app.stepwise.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A step is due for a check once its source date is older than the allowed age. */
class StalenessTest {

	private static Staleness on(String today, Period staleAfter) {
		return new Staleness(staleAfter, Clock.fixed(Instant.parse(today + "T10:00:00Z"), ZoneOffset.UTC));
	}

	@Test
	void aCheckIsStaleTheDayAfterItReachesTheAllowedAge() {
		LocalDate checked = LocalDate.of(2026, 11, 21);

		assertThat(on("2027-11-21", Period.ofMonths(12)).isStale(checked)).isFalse();
		assertThat(on("2027-11-22", Period.ofMonths(12)).isStale(checked)).isTrue();
		assertThat(on("2027-11-22", Period.ofMonths(13)).isStale(checked)).isFalse();
		assertThat(on("2026-12-01", Period.ofDays(9)).isStale(checked)).isTrue();
	}

	@Test
	void theAgeIsCountedInWholeMonthsAndDays() {
		Staleness staleness = on("2028-01-10", Period.ofMonths(12));

		assertThat(staleness.ageInMonths(LocalDate.of(2026, 11, 21))).isEqualTo(13);
		assertThat(staleness.ageInDays(LocalDate.of(2028, 1, 1))).isEqualTo(9);
		assertThat(staleness.ageInMonths(LocalDate.of(2028, 1, 1))).isZero();
		assertThat(staleness.ageInDays(LocalDate.of(2028, 2, 1))).isZero();
	}

	@Test
	void theAllowedAgeMustBePositive() {
		assertThatThrownBy(() -> new InsightProperties(Period.ZERO)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("stepwise.insight.stale-after");
		assertThat(new InsightProperties(Period.ofMonths(12)).staleAfter()).isEqualTo(Period.ofMonths(12));
	}

}
