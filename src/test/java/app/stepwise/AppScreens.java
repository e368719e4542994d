package app.stepwise;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ClassInfoList;
import io.github.classgraph.ScanResult;
import java.util.List;
import java.util.function.Function;

/**
 * The screens Vaadin's router creates for Stepwise, found by one scan of the
 * application's classes: the route targets alone, or with the layouts and error screens.
 * Shared by the tests that hold every screen to a rule, so that they all look at the same
 * screens.
 */
public final class AppScreens {

	private AppScreens() {
	}

	/** Classes with {@link Route}. */
	public static List<Class<? extends Component>> routes() {
		return find(scan -> scan.getClassesWithAnnotation(Route.class.getName()));
	}

	/** Route targets, layouts and error screens. */
	public static List<Class<? extends Component>> all() {
		return find(scan -> scan.getClassesWithAnnotation(Route.class.getName())
			.union(scan.getClassesWithAnnotation(Layout.class.getName()),
					scan.getClassesImplementing(HasErrorParameter.class.getName())));
	}

	private static List<Class<? extends Component>> find(Function<ScanResult, ClassInfoList> select) {
		try (ScanResult scan = new ClassGraph().enableClassInfo()
			.enableAnnotationInfo()
			.ignoreClassVisibility()
			.acceptPackages("app.stepwise")
			.scan()) {
			return select.apply(scan)
				.filter(c -> !c.isAbstract() && !c.isInterface() && !c.getName().contains("Test"))
				.stream()
				.map(ClassInfo::loadClass)
				.<Class<? extends Component>>map(c -> c.asSubclass(Component.class))
				.toList();
		}
	}

}
