package app.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.security.ui.LoginView;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.stream.Stream;
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

	private static List<Class<?>> classes(String annotationOrInterface, boolean isInterface) {
		try (ScanResult scan = new ClassGraph().enableClassInfo()
			.enableAnnotationInfo()
			.ignoreClassVisibility()
			.acceptPackages("app.stepwise")
			.scan()) {
			Stream<ClassInfo> found = isInterface ? scan.getClassesImplementing(annotationOrInterface).stream()
					: scan.getClassesWithAnnotation(annotationOrInterface).stream();
			return found.filter(c -> !c.isAbstract() && !c.getName().contains("Test"))
				.map(ClassInfo::loadClass)
				.toList();
		}
	}

	private static List<Class<? extends Annotation>> access(Class<?> type) {
		return ACCESS.stream().filter(type::isAnnotationPresent).toList();
	}

	@Test
	void everyRouteLayoutAndErrorScreenHasExactlyOneAccessAnnotation() {
		List<Class<?>> screens = Stream
			.of(classes(Route.class.getName(), false), classes(Layout.class.getName(), false),
					classes(HasErrorParameter.class.getName(), true))
			.flatMap(List::stream)
			.toList();

		assertThat(screens).hasSizeGreaterThanOrEqualTo(6)
			.allSatisfy(screen -> assertThat(access(screen)).as(screen.getName()).hasSize(1));
	}

	@Test
	void onlyTheSignInScreenOfAllRoutesIsOpenToEverybody() {
		assertThat(classes(Route.class.getName(), false)).filteredOn(c -> c.isAnnotationPresent(AnonymousAllowed.class))
			.containsExactly(LoginView.class);
	}

	@Test
	void screensNameOnlyStepwisesRoles() {
		assertThat(classes(Route.class.getName(), false)).filteredOn(c -> c.isAnnotationPresent(RolesAllowed.class))
			.isNotEmpty()
			.allSatisfy(c -> assertThat(c.getAnnotation(RolesAllowed.class).value()).isNotEmpty()
				.allSatisfy(role -> assertThat(Roles.all()).contains(role)));
	}

}
