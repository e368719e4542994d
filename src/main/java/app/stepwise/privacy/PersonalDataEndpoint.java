package app.stepwise.privacy;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.stereotype.Component;

/**
 * The actuator endpoint {@code personaldata}: {@code GET /actuator/personaldata/<person>}
 * exports everything stored about a person as JSON, {@code DELETE} erases it. On the main
 * port only support staff reach it (as every actuator endpoint but health), and the audit
 * log names them; on the management port, which is for the internal network and has no
 * sign-in, the audit log names the port.
 */
@Component
@Endpoint(id = "personaldata")
class PersonalDataEndpoint {

	/** The actor in the audit log when nobody signed in: the management port. */
	static final String MANAGEMENT_PORT = "management-port";

	private final PersonalDataRequests requests;

	private final Clock clock;

	PersonalDataEndpoint(PersonalDataRequests requests, Clock clock) {
		this.requests = requests;
		this.clock = clock;
	}

	/** The kinds of personal data Stepwise stores. */
	@ReadOperation
	Map<String, List<String>> kinds() {
		return Map.of("kinds", requests.kinds());
	}

	@ReadOperation
	Map<String, Object> export(@Selector String person, SecurityContext security) {
		Person who = person(person);
		return Map.of("person", who.id(), "exportedAt", clock.instant().toString(), "data",
				requests.export(who, actor(security)));
	}

	@DeleteOperation
	Map<String, Object> erase(@Selector String person, SecurityContext security) {
		Person who = person(person);
		return Map.of("person", who.id(), "erased", requests.erase(who, actor(security)));
	}

	private static Person person(String identifier) {
		try {
			return Person.of(identifier);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidEndpointRequestException(e.getMessage(), "Invalid person");
		}
	}

	private static String actor(SecurityContext security) {
		Principal principal = security.getPrincipal();
		return principal == null ? MANAGEMENT_PORT : principal.getName();
	}

}
