package app.stepwise.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Requests that arrived on the management port, when actuator has a port of its own
 * ({@code management.server.port}). That port is meant for probes and metrics scrapers on
 * an internal network ({@code management.server.address}), so it needs no sign-in. The
 * port is the one the connection came in on, which no header can change.
 */
@Component
class ManagementPort implements RequestMatcher, ApplicationListener<WebServerInitializedEvent> {

	/** The name Spring Boot gives the management server's context. */
	private static final String NAMESPACE = "management";

	private volatile int port = -1;

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (NAMESPACE.equals(event.getApplicationContext().getServerNamespace())) {
			port = event.getWebServer().getPort();
		}
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		int managementPort = port;
		return managementPort > 0 && request.getLocalPort() == managementPort;
	}

}
