package app.stepwise.tenant.internal;

import app.stepwise.flow.Cloud;
import java.net.URI;

/**
 * Where a cloud's Microsoft Graph and sign-in (token) service are. Worldwide:
 * {@code graph.microsoft.com} and {@code login.microsoftonline.com}; 21Vianet:
 * {@code microsoftgraph.chinacloudapi.cn} and {@code login.chinacloudapi.cn} (Microsoft's
 * "national cloud deployments" page). Microsoft Cloud Deutschland was closed in 2021 and
 * has none.
 *
 * @param graph the Graph service root, without a version
 * @param login the Microsoft Entra ID sign-in root
 */
record GraphEndpoints(URI graph, URI login) {

	static final GraphEndpoints WORLDWIDE = new GraphEndpoints(URI.create("https://graph.microsoft.com"),
			URI.create("https://login.microsoftonline.com"));

	static final GraphEndpoints CHINA_21VIANET = new GraphEndpoints(
			URI.create("https://microsoftgraph.chinacloudapi.cn"), URI.create("https://login.chinacloudapi.cn"));

	/**
	 * The endpoints of a cloud.
	 * @throws IllegalArgumentException for the Germany cloud, which no longer exists
	 */
	static GraphEndpoints of(Cloud cloud) {
		return switch (cloud) {
			case WORLDWIDE -> WORLDWIDE;
			case CHINA_21VIANET -> CHINA_21VIANET;
			case GERMANY -> throw new IllegalArgumentException("Microsoft Cloud Deutschland was closed in 2021");
		};
	}

	/** Graph v1.0, where every request goes. */
	URI v1() {
		return URI.create(graph + "/v1.0");
	}

	/** The OAuth 2.0 token endpoint of the tenant's directory. */
	URI tokenUri(String directory) {
		return URI.create(login + "/" + directory + "/oauth2/v2.0/token");
	}

	/** The scope of an app-only token for Graph: every permission granted to the app. */
	String scope() {
		return graph + "/.default";
	}

}
