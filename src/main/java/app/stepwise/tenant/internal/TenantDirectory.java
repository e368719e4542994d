package app.stepwise.tenant.internal;

import app.stepwise.flow.Cloud;
import app.stepwise.tenant.Tenant;
import app.stepwise.tenant.dev.DemoGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The tenants Stepwise can read and their connections: the configured ones, and in
 * development the demo tenant, connected on first use (its fake Graph is served by this
 * very application, whose port is known only once it serves; in a test without a web
 * server it is not offered).
 */
final class TenantDirectory {

	/** The demo tenant's fake Graph, as far as the directory needs it. */
	interface Demo {

		/** Whether the application serves HTTP, and with it the fake Graph. */
		boolean serving();

		/** A connection to the fake Graph; only called while serving. */
		TenantConnection connect();

	}

	/**
	 * The demo tenant as people see it (screens label it with {@code TenantTexts.DEMO}).
	 */
	static final Tenant DEMO = new Tenant(DemoGraph.TENANT, "Demo", Cloud.WORLDWIDE, true);

	private final Map<String, TenantConnection> connections = new LinkedHashMap<>();

	private final @Nullable Demo demo;

	private volatile @Nullable TenantConnection demoConnection;

	/**
	 * @param configured the configured tenants' connections, in order
	 * @param demo connects the demo tenant; null when there is none
	 */
	TenantDirectory(List<TenantConnection> configured, @Nullable Demo demo) {
		configured.forEach(c -> connections.put(c.tenant().id(), c));
		this.demo = demo;
	}

	List<Tenant> tenants() {
		List<Tenant> tenants = new ArrayList<>();
		if (demo != null && demo.serving()) {
			tenants.add(DEMO);
		}
		connections.values().forEach(c -> tenants.add(c.tenant()));
		return tenants;
	}

	Optional<TenantConnection> find(String id) {
		if (demo != null && demo.serving() && DEMO.id().equals(id)) {
			TenantConnection connection = demoConnection;
			if (connection == null) {
				connection = demo.connect();
				demoConnection = connection;
			}
			return Optional.of(connection);
		}
		return Optional.ofNullable(connections.get(id));
	}

}
