package app.stepwise.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.Application;
import app.stepwise.TestUsers;
import app.stepwise.WebClient;
import app.stepwise.security.Roles;
import app.stepwise.tenant.dev.DemoGraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * In production mode the demo tenant does not exist: its fake Graph's addresses are not
 * registered, no tenant is offered, and asking for it stops the application with a clear
 * message, like the demo users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "stepwise.development=false", "stepwise.security.users[0].username=anna",
				"stepwise.security.users[0].password-hash=$2a$10$8lkWDNzAiAzDD0mk6AUBV.JrUW77z/1w5ZE2mv6ZtH.BNYJdBLuPu",
				"stepwise.security.users[0].roles=ADMIN" })
class DemoTenantInProductionTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private TenantChecks checks;

	@LocalServerPort
	private int port;

	@Test
	void theFakeGraphsAddressesAreNotRegistered() {
		assertThat(context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values())
			.flatMap(mapping -> mapping.getHandlerMethods().keySet())
			.flatMap(info -> info.getPatternValues())
			.noneMatch(pattern -> pattern.startsWith(DemoGraph.PATH));
		assertThat(context.getBeanNamesForType(DemoGraph.class)).isEmpty();
		assertThat(new WebClient("http://localhost:" + port + "/").get(DemoGraph.PATH + "/v1.0/users").status())
			.isNotEqualTo(200);
	}

	@Test
	void noTenantIsOfferedWithoutConfiguration() {
		TestUsers.signIn(context, "anna", Roles.ADMIN);
		try {
			assertThat(checks.tenants()).isEmpty();
			assertThat(checks.available()).isFalse();
		}
		finally {
			TestUsers.signOut(context);
		}
	}

	@Test
	void askingForTheDemoTenantInProductionStopsTheApplication() {
		var application = new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
			.properties("stepwise.development=false", "stepwise.tenants.demo=true",
					"spring.datasource.url=jdbc:h2:mem:demo-refused", "stepwise.security.users[0].username=anna",
					"stepwise.security.users[0].password-hash=$2a$10$8lkWDNzAiAzDD0mk6AUBV.JrUW77z/1w5ZE2mv6ZtH.BNYJdBLuPu",
					"stepwise.security.users[0].roles=ADMIN");

		assertThatThrownBy(application::run).rootCause()
			.isInstanceOf(InvalidTenantSettingsException.class)
			.hasMessageContaining("stepwise.tenants.demo=true, but Stepwise runs in production mode");
	}

}
