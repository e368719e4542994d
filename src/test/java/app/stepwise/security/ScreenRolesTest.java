package app.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import app.stepwise.KaribuTest;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The roles Vaadin checks a screen's {@code @RolesAllowed} against are the signed-in
 * person's, read from their sign-in: support staff are admins too, an admin is not
 * support staff, and nobody signed in has no role.
 */
class ScreenRolesTest extends KaribuTest {

	@Autowired
	private NavigationAccessControl accessControl;

	private Predicate<String> roles() {
		return ((ScreenRoles.RolesFromSignIn) accessControl).getRolesChecker(mock(VaadinRequest.class));
	}

	@Test
	void supportStaffHaveBothRoles() {
		startSessionAs(SUPPORT_USER, Roles.SUPPORT);

		assertThat(roles()).accepts(Roles.SUPPORT, Roles.ADMIN).rejects("ANONYMOUS", "ROLE_SUPPORT", "support");
	}

	@Test
	void anAdminIsNoSupportStaff() {
		startSessionAs(TEST_USER, Roles.ADMIN);

		assertThat(roles()).accepts(Roles.ADMIN).rejects(Roles.SUPPORT);
	}

	@Test
	void nobodySignedInHasNoRole() {
		startSessionAs(null);

		assertThat(roles()).rejects(Roles.ADMIN, Roles.SUPPORT);
	}

}
