package app.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.AppScreens;
import app.stepwise.KaribuTest;
import app.stepwise.escalation.SupportRequests;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Screens name their roles for the route access check only: Vaadin creates each screen as
 * it is, not wrapped in a method security proxy (which cost a scan of the screen's
 * methods and a proxy on every click), while the services they call stay guarded.
 */
class ScreensAreNotProxiedTest extends KaribuTest {

	@Autowired
	private SupportRequests requests;

	@Test
	void everyScreenWithRolesIsCreatedWithoutAProxy() {
		startSessionAs(SUPPORT_USER, Roles.ADMIN, Roles.SUPPORT);
		List<Class<? extends Component>> screens = AppScreens.routes()
			.stream()
			.filter(type -> type.isAnnotationPresent(RolesAllowed.class))
			.toList();

		assertThat(screens).hasSizeGreaterThanOrEqualTo(5).allSatisfy(type -> {
			Component screen = VaadinService.getCurrent().getInstantiator().createRouteTarget(type, null);
			assertThat(AopUtils.isAopProxy(screen)).as(type.getName()).isFalse();
			assertThat(screen.getClass()).isSameAs(type);
		});
	}

	@Test
	void servicesWithRolesAreStillGuarded() {
		assertThat(AopUtils.isAopProxy(requests)).isTrue();
	}

}
