package app.stepwise.base;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The actuator endpoint {@code drain}: takes this server out of a load balancer's
 * rotation before it is stopped, and puts it back. {@code POST /actuator/drain} turns
 * readiness to {@code OUT_OF_SERVICE} (so {@code /readyz} answers 503 and the balancer
 * sends no new sessions here) while the server goes on answering the people it has;
 * {@code DELETE /actuator/drain} makes it ready again. Meant for the management port (see
 * the README, "Running several servers").
 */
@Component
@Endpoint(id = "drain")
class Drain {

	private static final Logger log = LoggerFactory.getLogger(Drain.class);

	private final ApplicationEventPublisher events;

	private final ApplicationAvailability availability;

	Drain(ApplicationEventPublisher events, ApplicationAvailability availability) {
		this.events = events;
		this.availability = availability;
	}

	/** Whether this server takes new traffic. */
	@ReadOperation
	Map<String, String> state() {
		return Map.of("readiness", availability.getReadinessState().name());
	}

	/** Takes this server out: readiness refuses traffic until undone or restarted. */
	@WriteOperation
	Map<String, String> drain() {
		AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
		log.info("Drained: readiness refuses traffic until DELETE /actuator/drain or a restart");
		return state();
	}

	/** Puts this server back into rotation. */
	@DeleteOperation
	Map<String, String> undrain() {
		AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
		log.info("Back in rotation: readiness accepts traffic");
		return state();
	}

}
