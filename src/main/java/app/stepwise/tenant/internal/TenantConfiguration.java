package app.stepwise.tenant.internal;

import app.stepwise.DevelopmentMode;
import app.stepwise.tenant.dev.DemoGraph;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads and checks the tenant settings at start-up (an invalid setting stops the
 * application with every problem listed), and connects the tenants.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TenantSettings.class)
class TenantConfiguration {

	/** How long results are shared before Microsoft is asked again. */
	static final Duration CACHE_AGE = Duration.ofSeconds(60);

	/** How many results are kept at most, whatever the number of sessions. */
	static final int CACHE_SIZE = 500;

	@Bean
	TenantReader tenantReader(TenantSettings settings, DevelopmentMode mode, Clock clock,
			ObjectProvider<DemoGraph> demo) {
		List<TenantConnection> configured = ConfiguredTenants.read(settings, mode.isEnabled(), clock.instant())
			.stream()
			.map(spec -> TenantConnection.of(spec, GraphEndpoints.of(spec.tenant().cloud()), settings, clock))
			.toList();
		DemoGraph graph = demo.getIfAvailable();
		TenantDirectory directory = new TenantDirectory(configured,
				graph == null ? null : new DemoConnection(graph, settings, clock));
		CheckRunner runner = new CheckRunner(checks(), clock, settings.timeout().multipliedBy(2));
		return new TenantReader(directory, runner, new ResultCache(CACHE_SIZE, CACHE_AGE, clock));
	}

	/** Every check's implementation; the runner refuses to start if one is missing. */
	static List<Check> checks() {
		return List.of(new AccountCheck(), new SignInsCheck(), new MfaCheck(), new RiskCheck(), new InboxRulesCheck(),
				new AdminRolesCheck(), new ServiceHealthCheck());
	}

	/** Connects the demo tenant to the fake Graph this application serves. */
	private record DemoConnection(DemoGraph graph, TenantSettings settings,
			Clock clock) implements TenantDirectory.Demo {

		@Override
		public boolean serving() {
			return graph.serving();
		}

		@Override
		public TenantConnection connect() {
			var spec = new TenantSpec(TenantDirectory.DEMO, DemoGraph.TENANT,
					new ClientCredential.ClientSecret(DemoGraph.CLIENT_ID, new Secret(graph.clientSecret())));
			return TenantConnection.of(spec, new GraphEndpoints(graph.root(), graph.root()), settings, clock);
		}

	}

}
