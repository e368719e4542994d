package app.stepwise.tenant.dev;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * The demo tenant in development mode: its data, its fake Graph, and who may reach the
 * fake. Graph requests need a token the fake's token endpoint issued (which needs the
 * demo app's secret, made up at start and known only to Stepwise), so the fake is no open
 * door even on a developer's machine; everything else answers 401. No session, no CSRF
 * token: the callers are Stepwise's own Graph and token clients.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoTenantCondition.class)
class DemoGraphSecurity {

	private static final String BEARER = "Bearer ";

	@Bean
	DemoGraph demoGraph(Clock clock, Environment environment) {
		return new DemoGraph(clock, environment);
	}

	@Bean
	DemoData demoData(Clock clock) {
		return new DemoData(clock);
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	SecurityFilterChain demoGraphFilterChain(HttpSecurity http, DemoGraph graph) throws Exception {
		http.securityMatcher(DemoGraph.PATH + "/**")
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.authorizeHttpRequests(
					requests -> requests.requestMatchers(HttpMethod.POST, DemoGraph.PATH + "/*/oauth2/v2.0/token")
						.permitAll()
						.requestMatchers(HttpMethod.GET, DemoGraph.PATH + "/v1.0/**")
						.access((authentication,
								context) -> new AuthorizationDecision(bearerValid(context.getRequest(), graph)))
						.anyRequest()
						.denyAll());
		return http.build();
	}

	private static boolean bearerValid(HttpServletRequest request, DemoGraph graph) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.startsWith(BEARER) && graph.valid(header.substring(BEARER.length()));
	}

}
