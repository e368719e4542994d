package app.stepwise;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Base for browserless UI tests: the real Spring application with Vaadin mocked by
 * Karibu-Testing, a fresh session and UI for every test.
 */
@SpringBootTest
public abstract class KaribuTest {

	private static Routes routes;

	@Autowired
	protected ApplicationContext context;

	@BeforeAll
	static void discoverRoutes() {
		if (routes == null) {
			routes = discover();
		}
	}

	/**
	 * Finds routes, layouts and error views, package-private ones included (Karibu's own
	 * discovery sees public classes only, and views here are package-private).
	 */
	@SuppressWarnings("unchecked")
	private static Routes discover() {
		Set<Class<? extends Component>> views = new HashSet<>();
		Set<Class<? extends HasErrorParameter<?>>> errors = new HashSet<>();
		try (ScanResult scan = new ClassGraph().enableClassInfo()
			.enableAnnotationInfo()
			.ignoreClassVisibility()
			.acceptPackages("app.stepwise")
			.scan()) {
			scan.getClassesWithAnnotation(Route.class)
				.forEach(c -> views.add((Class<? extends Component>) c.loadClass()));
			scan.getClassesWithAnnotation(Layout.class)
				.forEach(c -> views.add((Class<? extends Component>) c.loadClass()));
			scan.getClassesImplementing(HasErrorParameter.class)
				.filter(c -> !c.isAbstract())
				.forEach(c -> errors.add((Class<? extends HasErrorParameter<?>>) c.loadClass()));
		}
		return new Routes(views, errors, true);
	}

	@BeforeEach
	void setUpVaadin() {
		newSession();
	}

	@AfterEach
	void tearDownVaadin() {
		MockVaadin.tearDown();
	}

	/**
	 * Starts over with a new session and UI, as another person opening the application
	 * would.
	 */
	protected void newSession() {
		MockVaadin.tearDown();
		MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
	}

	/** The address the UI shows, relative to the application root, with its query. */
	protected static String currentLocation() {
		return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
	}

	/** Navigates like following a link: the location may carry a query. */
	protected static void navigate(String location) {
		int query = location.indexOf('?');
		if (query < 0) {
			UI.getCurrent().navigate(location);
		}
		else {
			UI.getCurrent()
				.navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
		}
	}

}
