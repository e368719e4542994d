package app.stepwise.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every class Vaadin's router creates is declared to Spring as a prototype (see
 * {@link Screen}): Vaadin's lookup of it as a bean succeeds instead of throwing at every
 * navigation, and each navigation still gets a screen of its own.
 */
class ScreensArePrototypesTest extends KaribuTest {

	/** Route targets, layouts and error screens of the application. */
	@SuppressWarnings("unchecked")
	private static List<Class<? extends Component>> screens() {
		try (ScanResult scan = new ClassGraph().enableClassInfo()
			.enableAnnotationInfo()
			.ignoreClassVisibility()
			.acceptPackages("app.stepwise")
			.rejectPackages("app.stepwise.e2e")
			.scan()) {
			return Stream
				.of(scan.getClassesWithAnnotation(Route.class.getName()),
						scan.getClassesWithAnnotation(Layout.class.getName()),
						scan.getClassesImplementing(HasErrorParameter.class.getName()))
				.flatMap(List::stream)
				.filter(c -> !c.isAbstract() && !c.isInterface() && c.getPackageName().startsWith("app.stepwise"))
				.filter(c -> !c.getName().contains("Test"))
				.distinct()
				.map(ClassInfo::loadClass)
				.<Class<? extends Component>>map(c -> (Class<? extends Component>) c)
				.toList();
		}
	}

	@Test
	void everyScreenIsAPrototypeBean() {
		ConfigurableListableBeanFactory beans = ((ConfigurableApplicationContext) context).getBeanFactory();
		List<Class<? extends Component>> screens = screens();

		assertThat(screens).hasSizeGreaterThanOrEqualTo(15).allSatisfy(type -> {
			String[] names = beans.getBeanNamesForType(type);
			assertThat(names).as(type.getName()).hasSize(1);
			BeanDefinition definition = beans.getBeanDefinition(names[0]);
			assertThat(definition.isPrototype()).as(type.getName()).isTrue();
		});
	}

	@Test
	void eachNavigationStillGetsAScreenOfItsOwn() {
		startSessionAs(SUPPORT_USER, Roles.ADMIN, Roles.SUPPORT);
		var instantiator = VaadinService.getCurrent().getInstantiator();

		assertThat(screens()).allSatisfy(type -> {
			Component first = instantiator.createRouteTarget(type, null);
			Component second = instantiator.createRouteTarget(type, null);
			assertThat(first).isExactlyInstanceOf(type);
			assertThat(second).isExactlyInstanceOf(type).isNotSameAs(first);
		});
	}

}
