package app.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Services guard themselves with {@code @RolesAllowed}: calling one is refused without
 * the role, however the call is made (here straight from a signed-in session, as a screen
 * would).
 */
class MethodSecurityTest extends KaribuTest {

	@Autowired
	private SupportOnlyTestService service;

	@Test
	void anAdminIsRefusedASupportOnlyService() {
		assertThatThrownBy(service::supportData).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void supportStaffMayCallIt() {
		startSessionAs("support-person", Roles.SUPPORT);

		assertThat(service.supportData()).isEqualTo("the queue");
	}

	@Test
	void nobodySignedInIsRefusedToo() {
		startSessionAs(null);

		assertThatThrownBy(service::supportData).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

}
