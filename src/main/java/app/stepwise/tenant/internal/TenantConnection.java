package app.stepwise.tenant.internal;

import app.stepwise.tenant.Tenant;

/** A tenant and the Graph client that reads it. */
record TenantConnection(Tenant tenant, GraphClient graph) {

	/** Connects a configured tenant: nothing is sent until the first check. */
	static TenantConnection of(TenantSpec spec, GraphEndpoints endpoints, TenantSettings settings,
			java.time.Clock clock) {
		var http = GraphHttp.builder(settings.timeout());
		var tokens = new TokenSource(spec, endpoints, http, clock);
		return new TenantConnection(spec.tenant(),
				new GraphClient(endpoints.v1(), tokens, GraphHttp.graph(http), settings.maxRetryWait()));
	}

}
