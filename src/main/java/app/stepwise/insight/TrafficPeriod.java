package app.stepwise.insight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The periods the flow map offers for its traffic, each ending now. */
public enum TrafficPeriod {

	LAST_7_DAYS(7), LAST_30_DAYS(30), LAST_90_DAYS(90);

	private final int days;

	TrafficPeriod(int days) {
		this.days = days;
	}

	public int days() {
		return days;
	}

	/** When the period starts, counted back from the clock's now. */
	public Instant start(Clock clock) {
		return clock.instant().minus(Duration.ofDays(days));
	}

}
