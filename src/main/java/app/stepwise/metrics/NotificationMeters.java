package app.stepwise.metrics;

import app.stepwise.escalation.NotificationCounts;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * Gauges of notifications pending, failed and given up, per configured channel (none when
 * notifications are off).
 */
@Component
class NotificationMeters implements MeterBinder {

	private final NotificationCounts counts;

	NotificationMeters(NotificationCounts counts) {
		this.counts = counts;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String channel : counts.channels()) {
			for (String state : NotificationCounts.STATES) {
				Gauge.builder(StepwiseMeters.NOTIFICATIONS, counts, c -> c.count(channel, state))
					.description("Notifications pending, failed (to be retried) or given up")
					.tag("channel", channel)
					.tag("state", state)
					.register(registry);
			}
		}
	}

}
