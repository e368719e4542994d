package app.stepwise.metrics;

import app.stepwise.base.AuditEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts what the audit log records that operators watch: requests filed, failed
 * sign-ins, lockouts. Registered at start, so that they show as zero before the first.
 */
@Component
class ActivityMeters {

	private final Counter filed;

	private final Counter signInFailures;

	private final Counter lockouts;

	ActivityMeters(MeterRegistry registry) {
		filed = Counter.builder(StepwiseMeters.REQUESTS_FILED).description("Support requests filed").register(registry);
		signInFailures = Counter.builder(StepwiseMeters.SIGN_IN_FAILURES)
			.description("Failed sign-ins, refusals during a lockout included")
			.register(registry);
		lockouts = Counter.builder(StepwiseMeters.SIGN_IN_LOCKOUTS)
			.description("User names locked after too many failed sign-ins")
			.register(registry);
	}

	@EventListener
	void on(AuditEvent event) {
		switch (event.action()) {
			case AuditEvent.REQUEST_FILED -> filed.increment();
			case AuditEvent.SIGN_IN_FAILED -> signInFailures.increment();
			case AuditEvent.SIGN_IN_LOCKED -> lockouts.increment();
			default -> {
			}
		}
	}

}
