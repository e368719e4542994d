package app.stepwise.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security observes nothing: its filters, sign-ins and access decisions are not
 * wrapped for Micrometer. Their observations were already switched off
 * ({@code management.observations.enable.spring.security=false}), but that only made each
 * one a no-op: every filter of every request was still wrapped, and the wrapper asked the
 * property each time whether to record. Requests are still timed as a whole
 * ({@code http_server_requests}), and sign-ins are audited by {@link SignInAudit}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

	@Bean
	static SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

}
