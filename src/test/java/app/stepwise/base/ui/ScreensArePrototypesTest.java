package app.stepwise.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.AppScreens;
import app.stepwise.KaribuTest;
import app.stepwise.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
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

	@Test
	void everyScreenIsAPrototypeBean() {
		ConfigurableListableBeanFactory beans = ((ConfigurableApplicationContext) context).getBeanFactory();
		List<Class<? extends Component>> screens = AppScreens.all();

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

		assertThat(AppScreens.all()).allSatisfy(type -> {
			Component first = instantiator.createRouteTarget(type, null);
			Component second = instantiator.createRouteTarget(type, null);
			assertThat(first).isExactlyInstanceOf(type);
			assertThat(second).isExactlyInstanceOf(type).isNotSameAs(first);
		});
	}

}
