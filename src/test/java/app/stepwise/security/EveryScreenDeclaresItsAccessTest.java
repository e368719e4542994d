package app.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.AppScreens;
import app.stepwise.security.ui.LoginView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every screen of the application says who may open it, so that none is open by accident:
 * exactly one access annotation on each route, layout and error screen; only the sign-in
 * screen, the layout around it and the error screens are open to everybody; roles named
 * are Stepwise's.
 */
class EveryScreenDeclaresItsAccessTest {

	private static final List<Class<? extends Annotation>> ACCESS = List.of(AnonymousAllowed.class, PermitAll.class,
			RolesAllowed.class, DenyAll.class);

	private static List<Class<? extends Annotation>> access(Class<?> type) {
		return ACCESS.stream().filter(type::isAnnotationPresent).toList();
	}

	@Test
	void everyRouteLayoutAndErrorScreenHasExactlyOneAccessAnnotation() {
		List<Class<? extends Component>> screens = AppScreens.all();

		assertThat(screens).hasSizeGreaterThanOrEqualTo(6)
			.allSatisfy(screen -> assertThat(access(screen)).as(screen.getName()).hasSize(1));
	}

	@Test
	void onlyTheSignInScreenOfAllRoutesIsOpenToEverybody() {
		assertThat(AppScreens.routes()).filteredOn(c -> c.isAnnotationPresent(AnonymousAllowed.class))
			.containsExactly(LoginView.class);
	}

	@Test
	void screensNameOnlyStepwisesRoles() {
		assertThat(AppScreens.routes()).filteredOn(c -> c.isAnnotationPresent(RolesAllowed.class))
			.isNotEmpty()
			.allSatisfy(c -> assertThat(c.getAnnotation(RolesAllowed.class).value()).isNotEmpty()
				.allSatisfy(role -> assertThat(Roles.all()).contains(role)));
	}

}
