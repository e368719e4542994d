package app.stepwise.security;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;

/**
 * A service for support staff only, in the tests only: it stands in for the support
 * queue's services, to show that method security guards a service itself, whoever calls
 * it.
 */
@Service
public class SupportOnlyTestService {

	/** Data only support staff may read. */
	@RolesAllowed(Roles.SUPPORT)
	public String supportData() {
		return "the queue";
	}

}
