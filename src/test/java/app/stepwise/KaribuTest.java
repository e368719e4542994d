package app.stepwise;

import app.stepwise.security.Roles;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Base for browserless UI tests: the real Spring application with Vaadin mocked by
 * Karibu-Testing, a fresh session and UI for every test.
 *
 * <p>
 * Every screen needs a signed-in person, and Karibu runs no servlet filters, so each
 * session starts signed in as {@link #TEST_USER} with the role ADMIN, the way Spring
 * Security's filters would leave it: in the security context, in the HTTP session and as
 * the request's principal. Use {@link #startSessionAs} for another person or nobody.
 */
@SpringBootTest
public abstract class KaribuTest {

	/** The person each test's session starts signed in as. */
	protected static final String TEST_USER = "test-admin";

	/**
	 * A person of support staff, for {@code startSessionAs(SUPPORT_USER, Roles.SUPPORT)}.
	 */
	protected static final String SUPPORT_USER = "test-support";

	private static Routes routes;

	private @Nullable Authentication user = TestUsers.authentication(TEST_USER, Roles.ADMIN);

	@Autowired
	protected ApplicationContext context;

	/** The links of the main menu, as the header writes them. */
	protected static org.jsoup.select.Elements menuLinks() {
		return ShownText.html(ShownText.page()).select("a[router-link][id^=menu-]");
	}

	/** The ids of the main menu's links. */
	protected static List<String> menuLinkIds() {
		return menuLinks().eachAttr("id");
	}

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
		TestUsers.contexts(context).clearContext();
	}

	/**
	 * Starts over with a new session and UI, signed in as the same person, as a colleague
	 * opening the application would.
	 */
	protected void newSession() {
		MockVaadin.tearDown();
		SecurityContextHolderStrategy contexts = TestUsers.contexts(context);
		contexts.clearContext();
		MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
		if (user != null) {
			// As after signing in: the context in the session, the principal on each
			// request, and a page that is loaded again.
			SecurityContext security = contexts.createEmptyContext();
			security.setAuthentication(user);
			contexts.setContext(security);
			VaadinSession.getCurrent()
				.getSession()
				.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, security);
			FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
			Authentication principal = user;
			request.setUserPrincipalInt(principal);
			request.setUserInRole((p, role) -> principal.getAuthorities()
				.stream()
				.map(GrantedAuthority::getAuthority)
				.anyMatch(("ROLE_" + role)::equals));
			UI.getCurrent().getPage().reload();
		}
	}

	/**
	 * Starts a new session signed in as the given person with the given roles, or, for
	 * {@code null}, signed in as nobody.
	 */
	protected void startSessionAs(@Nullable String username, String... roles) {
		user = username == null ? null : TestUsers.authentication(username, roles);
		newSession();
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
