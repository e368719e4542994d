package app.stepwise.tenant.internal;

import app.stepwise.flow.Cloud;
import app.stepwise.flow.TenantCheck;
import app.stepwise.tenant.CheckResult;
import app.stepwise.tenant.GraphStandIn;
import app.stepwise.tenant.GraphStandIn.Reply;
import app.stepwise.tenant.Tenant;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A tenant connected to a {@link GraphStandIn}, through the same classes a configured
 * tenant uses, and Graph-shaped answers for the requests every check makes first.
 */
final class StandInTenant {

	static final String CLIENT_ID = "aaaaaaaa-1111-4222-8333-444444444444";

	static final String SECRET = "s3cr3t-never-shown~Q8";

	static final String USER_ID = "0b7d1c3e-1f2a-4b5c-8d6e-7f8091a2b3c4";

	static final String UPN = "anna@contoso.example";

	private StandInTenant() {
	}

	/**
	 * Connected with a time limit no loaded test machine reaches: with two seconds, a
	 * token or Graph request that waited for a busy core timed out, and a test about
	 * something else saw one request fewer than it asked for. Tests about time limits
	 * give their own.
	 */
	static TenantConnection connect(GraphStandIn graph) {
		return connect(graph, Cloud.WORLDWIDE, Duration.ofSeconds(8));
	}

	static TenantConnection connect(GraphStandIn graph, Cloud cloud, Duration timeout) {
		var spec = new TenantSpec(new Tenant("contoso", "Contoso", cloud, false), "contoso.example",
				new ClientCredential.ClientSecret(CLIENT_ID, new Secret(SECRET)));
		var settings = new TenantSettings(List.of(), new TenantSettings.Credentials(null, null, null, null), null,
				timeout, Duration.ofSeconds(2));
		return TenantConnection.of(spec, new GraphEndpoints(graph.root(), graph.root()), settings, Clock.systemUTC());
	}

	static CheckRunner runner() {
		return new CheckRunner(TenantConfiguration.checks(), Clock.systemUTC(), Duration.ofSeconds(10));
	}

	/** Runs one check for {@link #UPN} against the stand-in. */
	static CheckResult run(GraphStandIn graph, TenantCheck check) {
		return runner().run(connect(graph), UPN, List.of(check)).getFirst();
	}

	/** The stand-in knows the user {@link #UPN}, with the given extra properties. */
	static GraphStandIn withUser(GraphStandIn graph, String properties) {
		return graph.on("/users/" + UPN, Reply.json("""
				{"id":"%s","userPrincipalName":"%s","displayName":"Anna Berg"%s}
				""".formatted(USER_ID, UPN, properties.isEmpty() ? "" : "," + properties)));
	}

	static GraphStandIn withUser(GraphStandIn graph) {
		return withUser(graph, "\"accountEnabled\":true");
	}

}
