package app.stepwise;

import app.stepwise.base.ui.MainLayout;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.router.Route;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The production bundle holds the web components that Vaadin finds by following the code
 * from each screen. It cannot follow a Spring bean behind an extension point: the request
 * form reaches the escalate outcome through {@code wizard.ui.EscalationSlot}. Its web
 * components are therefore named on the app shell ({@code @Uses} on {@link Application}),
 * Stepwise's own on the layout of every screen ({@link MainLayout}); one missing there
 * shows in production as bare text where a field should be.
 */
class ProductionBundleTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("app.stepwise");

	@Test
	void everyWebComponentBehindTheEscalationSlotIsNamedOnTheAppShell() {
		Set<String> behindTheSlot = webComponentsReachableFrom("app.stepwise.escalation.ui.SupportRequestSlot");
		Set<String> named = Stream.of(Application.class, MainLayout.class)
			.flatMap(shell -> Arrays.stream(shell.getAnnotationsByType(Uses.class)))
			.map(uses -> uses.value().getName())
			.collect(Collectors.toSet());

		assertThat(behindTheSlot).isNotEmpty();
		assertThat(named).containsAll(behindTheSlot);
	}

	/**
	 * Vaadin's components and Stepwise's own (such as {@code base.ui.LightRadioGroup})
	 * with a web component, used by the class or by the classes of its package it uses
	 * (screens aside). The UI is in every bundle.
	 */
	private static Set<String> webComponentsReachableFrom(String start) {
		JavaClass first = CLASSES.get(start);
		Set<String> components = new TreeSet<>();
		Set<JavaClass> seen = new HashSet<>();
		Deque<JavaClass> next = new ArrayDeque<>();
		next.add(first);
		while (!next.isEmpty()) {
			JavaClass current = next.poll();
			if (!seen.add(current)) {
				continue;
			}
			for (Dependency dependency : current.getDirectDependenciesFromSelf()) {
				JavaClass target = dependency.getTargetClass().getBaseComponentType();
				if (target.getPackageName().equals(first.getPackageName())) {
					// A screen of its own brings its components when it is opened.
					if (!target.isAnnotatedWith(Route.class)) {
						next.add(target);
					}
				}
				else if ((target.getName().startsWith("com.vaadin.flow.component.")
						|| target.getPackageName().startsWith("app.stepwise.")) && !target.isEquivalentTo(UI.class)
						&& hasWebComponent(target)) {
					components.add(target.getName());
				}
			}
		}
		return components;
	}

	private static boolean hasWebComponent(JavaClass type) {
		try {
			for (Class<?> c = Class.forName(type.getName()); c != null; c = c.getSuperclass()) {
				if (c.getAnnotationsByType(JsModule.class).length > 0) {
					return true;
				}
			}
			return false;
		}
		catch (ClassNotFoundException | LinkageError notAClass) {
			return false;
		}
	}

}
