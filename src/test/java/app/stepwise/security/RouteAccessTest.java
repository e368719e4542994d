package app.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.HttpTest;
import app.stepwise.WebClient;
import app.stepwise.base.AuditEvent;
import app.stepwise.base.ui.NotFoundView;
import app.stepwise.security.ui.LoginView;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.ServletContext;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Who reaches which screen and endpoint, over HTTP, for every route Vaadin has and every
 * endpoint Spring MVC and Actuator serve, so that a screen or endpoint added later is
 * covered without changing this test. Screens are checked twice: the page request (the
 * filters) and the start of the UI, which navigates on the server with the real principal
 * (Vaadin's access control, which reads the roles each screen declares).
 */
class RouteAccessTest extends HttpTest {

	@Autowired
	private ServletContext servletContext;

	@Autowired
	private ApplicationContext context;

	/** Every route's template with a made-up value for each parameter, login aside. */
	private List<RouteData> routes() {
		return ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext))
			.getRegisteredRoutes()
			.stream()
			.filter(route -> route.getNavigationTarget() != LoginView.class)
			.toList();
	}

	private static String address(RouteData route) {
		return Arrays.stream(route.getTemplate().split("/"))
			.filter(part -> !(part.startsWith(":") && part.endsWith("?")))
			.map(part -> part.startsWith(":") ? "x" : part)
			.collect(Collectors.joining("/"));
	}

	/** Every path Spring MVC and Actuator answer, variables filled in. */
	private Set<String> endpoints() {
		Set<String> paths = new TreeSet<>();
		context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()
			.forEach(mapping -> mapping.getHandlerMethods()
				.keySet()
				.forEach(info -> info.getPatternValues()
					.forEach(p -> paths.add(p.replaceAll("\\{[^}]*}", "x").replace("/**", "")))));
		return paths;
	}

	private static boolean allows(Class<?> screen, String... roles) {
		if (screen.isAnnotationPresent(DenyAll.class)) {
			return false;
		}
		if (screen.isAnnotationPresent(AnonymousAllowed.class) || screen.isAnnotationPresent(PermitAll.class)) {
			return true;
		}
		RolesAllowed allowed = screen.getAnnotation(RolesAllowed.class);
		return allowed != null && Arrays.stream(allowed.value()).anyMatch(Set.of(roles)::contains);
	}

	@Test
	void theRoutesUnderTestIncludeEveryFeaturesScreens() {
		assertThat(routes()).extracting(RouteData::getTemplate)
			.contains("", "flow/:flowId/:stepId?", "support-request/:flowId", "my-requests", "my-requests/:reference",
					"my-runs", "my-runs/:runId", "support", "support/:reference", "flow-map/:flowId?", "insight");
		assertThat(endpoints()).contains("/actuator/health", "/actuator/info", "/actuator/prometheus", "/livez",
				"/readyz", "/error");
	}

	@Test
	void everyScreenSendsAVisitorWhoIsNotSignedInToTheSignInScreen() {
		for (RouteData route : routes()) {
			WebClient visitor = visitor();

			WebClient.Response page = visitor.get(address(route));
			assertThat(page.status()).as(route.getTemplate()).isEqualTo(302);
			assertThat(page.location()).as(route.getTemplate()).endsWith("/login");

			assertThat(visitor.openUi(address(route), "").status()).isEqualTo(200);
			assertThat(server.latestScreen()).as(route.getTemplate()).isEqualTo(LoginView.class);
		}
	}

	@Test
	void everyEndpointButHealthTurnsAwayAVisitorWhoIsNotSignedIn() {
		for (String endpoint : endpoints()) {
			if (endpoint.startsWith("/actuator/health") || endpoint.equals("/livez") || endpoint.equals("/readyz")) {
				continue;
			}
			WebClient.Response answer = visitor().get(endpoint);

			assertThat(answer.status()).as(endpoint).isIn(302, 401);
			if (answer.status() == 302) {
				assertThat(answer.location()).as(endpoint).endsWith("/login");
			}
		}
	}

	@Test
	void healthAnswersAnyoneButShowsDetailsOnlyToSupport() {
		WebClient.Response anyone = visitor().get("actuator/health");
		WebClient.Response support = signedIn("support", "support").get("actuator/health");

		assertThat(anyone.status()).isEqualTo(200);
		assertThat(anyone.body()).contains("\"status\":\"UP\"").doesNotContain("components");
		assertThat(support.body()).contains("components");
	}

	@Test
	void theProbesForLoadBalancersAnswerAnyoneWithTheStatusOnly() {
		for (String probe : List.of("livez", "readyz", "actuator/health/liveness", "actuator/health/readiness")) {
			WebClient.Response answer = visitor().get(probe);

			assertThat(answer.status()).as(probe).isEqualTo(200);
			assertThat(answer.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
		}
	}

	@Test
	void metricsOnTheMainPortAreForSupportOnly() {
		assertThat(visitor().get("actuator/prometheus").status()).isEqualTo(401);
		assertThat(signedIn("admin", "admin").get("actuator/prometheus").status()).isEqualTo(403);
		assertThat(signedIn("support", "support").get("actuator/prometheus").status()).isEqualTo(200);
	}

	@Test
	void theSignInScreenIsOpenToEverybody() {
		WebClient visitor = visitor();

		assertThat(visitor.get("login").status()).isEqualTo(200);
		visitor.openUi("login", "");
		assertThat(server.latestScreen()).isEqualTo(LoginView.class);
	}

	@Test
	void anAdminOpensExactlyTheScreensTheRoleAdminIsAllowed() {
		opensExactlyTheAllowedScreens("admin", "admin", Roles.ADMIN);
	}

	@Test
	void supportStaffOpenExactlyTheScreensTheirRolesAreAllowed() {
		opensExactlyTheAllowedScreens("support", "support", Roles.SUPPORT, Roles.ADMIN);
	}

	private void opensExactlyTheAllowedScreens(String user, String password, String... roles) {
		WebClient browser = signedIn(user, password);
		for (RouteData route : routes()) {
			int auditedBefore = server.audit().size();

			assertThat(browser.get(address(route)).status()).as(route.getTemplate()).isEqualTo(200);
			assertThat(browser.openUi(address(route), "").status()).isEqualTo(200);

			List<AuditEvent> denials = server.audit()
				.subList(auditedBefore, server.audit().size())
				.stream()
				.filter(e -> e.action().equals(AuditEvent.ACCESS_DENIED))
				.toList();
			if (allows(route.getNavigationTarget(), roles)) {
				assertThat(denials).as(route.getTemplate()).isEmpty();
				assertThat(server.latestScreen()).as(route.getTemplate()).isNotEqualTo(LoginView.class);
			}
			else {
				assertThat(denials).as(route.getTemplate())
					.singleElement()
					.satisfies(e -> assertThat(e.actor()).isEqualTo(user));
			}
		}
	}

	@Test
	void anAddressThatIsNoScreenShowsNotFoundToWhoeverIsSignedInAndTheSignInScreenToOthers() {
		WebClient admin = signedIn("admin", "admin");

		assertThat(admin.get("no-such/page").status()).isEqualTo(200);
		assertThat(admin.openUi("no-such/page", "").status()).isEqualTo(200);
		assertThat(server.latestScreen()).isEqualTo(NotFoundView.class);

		WebClient.Response visitor = visitor().get("no-such/page");
		assertThat(visitor.status()).isEqualTo(302);
		assertThat(visitor.location()).endsWith("/login");
	}

	@Test
	void actuatorBeyondHealthIsForSupportOnly() {
		WebClient admin = signedIn("admin", "admin");
		WebClient support = signedIn("support", "support");

		assertThat(admin.get("actuator/info").status()).isEqualTo(403);
		assertThat(admin.get("actuator").status()).isEqualTo(403);
		assertThat(admin.get("actuator/env").status()).isEqualTo(403);
		assertThat(support.get("actuator/info").status()).isEqualTo(200);
		assertThat(support.get("actuator").status()).isEqualTo(200);
	}

}
