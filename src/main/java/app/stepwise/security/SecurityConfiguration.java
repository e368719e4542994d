package app.stepwise.security;

import app.stepwise.DevelopmentMode;
import app.stepwise.base.SecurityHeaders;
import app.stepwise.security.dev.DemoUsers;
import app.stepwise.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.Header;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Who may reach what. Every screen needs a signed-in person except the sign-in screen;
 * each screen names the roles it allows ({@code @RolesAllowed}, see {@link Roles}), and
 * so may services: method security with {@code @RolesAllowed} is on for services, not for
 * screens ({@link ServiceMethodSecurity}). Actuator's health is open to load balancers,
 * every other actuator endpoint needs SUPPORT; with a management port of its own,
 * actuator is there only, open to whoever reaches that port.
 *
 * <p>
 * Sessions get a new id at sign-in, which also closes the sign-in screen's UI
 * ({@link SignInUiCleanup}), and end at sign-out and after the idle timeout (see
 * {@link SessionSetup}). Responses carry security headers that Vaadin works under.
 *
 * <p>
 * An address that is no screen reaches Vaadin for whoever is signed in, so that a
 * mistyped address shows "page not found" rather than "access denied" (Vaadin's default
 * denies any request it does not know); visitors not signed in still go to the sign-in
 * screen first.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

	/** Where the application's own stylesheet is served (see {@code frontend/styles}). */
	static final String STYLES = "/styles/**";

	/** Actuator's endpoints, exposed or not. */
	static final String ACTUATOR = "/actuator/**";

	/**
	 * The health groups for load balancers, on the main port as well
	 * ({@code management.endpoint.health.probes.add-additional-paths}).
	 */
	static final String[] PROBES = { "/livez", "/readyz" };

	/**
	 * The management port, when there is one: probes and metrics for an internal network,
	 * without sign-in or sessions. Before the main chain, which sees every other request.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain managementPortFilterChain(HttpSecurity http, ManagementPort managementPort) throws Exception {
		http.securityMatcher(managementPort)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecuritySettings settings,
			ObjectProvider<ClientRegistrationRepository> registrations, ContentSecurityPolicy contentSecurityPolicy,
			SignInThrottle throttle, ApplicationEventPublisher events) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			// Spring's error page must render for anyone whose request failed.
			.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			// The application's stylesheet, which the sign-in screen needs too; it holds
			// no data.
			.requestMatchers(STYLES)
			.permitAll()
			.requestMatchers(EndpointRequest.to("health"))
			.permitAll()
			.requestMatchers(PROBES)
			.permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint())
			.hasRole(Roles.SUPPORT)
			// Also endpoints that are not exposed, so that exposing one never opens it.
			.requestMatchers(ACTUATOR)
			.hasRole(Roles.SUPPORT));
		http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
				new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), new OrRequestMatcher(EndpointRequest.toAnyEndpoint(),
						PathPatternRequestMatcher.pathPattern(ACTUATOR))));
		http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId())
			.addSessionAuthenticationStrategy(new SignInUiCleanup()));
		http.headers(headers -> securityHeaders(headers, contentSecurityPolicy));
		if (settings.signIn() == SecuritySettings.SignIn.OIDC) {
			requireRegistration(settings, registrations.getIfAvailable());
			// As with the form, whoever is not signed in goes to the sign-in screen
			// (Spring would answer 401 to requests that do not ask for HTML).
			http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/" + LoginView.PATH), AnyRequestMatcher.INSTANCE));
			http.oauth2Login(login -> login.failureUrl("/" + LoginView.PATH + "?error")
				.userInfoEndpoint(users -> users.oidcUserService(new OidcUsers(settings.oidc().rolesClaim()))));
			http.with(VaadinSecurityConfigurer.vaadin(),
					vaadin -> vaadin.oauth2LoginPage("/" + LoginView.PATH).anyRequest(AuthorizedUrl::authenticated));
		}
		else {
			String signIn = "/" + LoginView.PATH;
			http.addFilterBefore(
					new SignInThrottleFilter(throttle, events, signIn,
							new SimpleUrlAuthenticationFailureHandler(signIn + "?error")),
					UsernamePasswordAuthenticationFilter.class);
			http.with(VaadinSecurityConfigurer.vaadin(),
					vaadin -> vaadin.loginView(LoginView.class)
						.logoutSuccessHandler(new SignedOutInTheSameLanguage("/" + LoginView.PATH + "?signed-out"))
						.anyRequest(AuthorizedUrl::authenticated));
		}
		return http.build();
	}

	/**
	 * The headers of {@link SecurityHeaders} and the page policy on every response, and
	 * Spring's HSTS on HTTPS requests; Spring's own defaults are off, so that every value
	 * comes from one place.
	 *
	 * <p>
	 * They are written before the request is handled, not (as Spring does by default)
	 * when Spring sees the response being committed. Vaadin serves everything through a
	 * forward from Spring's dispatcher to its servlet, and after a forward Tomcat 11
	 * finishes the response underneath Spring's response wrapper: a response smaller than
	 * the output buffer (the whole page in production mode, a small JSON answer in any
	 * mode) was sent without them. A handler that serves a static file still replaces
	 * {@code Cache-Control}, and Vaadin leaves an {@code X-Frame-Options} that is there.
	 */
	private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers,
			ContentSecurityPolicy contentSecurityPolicy) {
		List<Header> everyResponse = SecurityHeaders.EVERY_RESPONSE.entrySet()
			.stream()
			.map(header -> new Header(header.getKey(), header.getValue()))
			.toList();
		headers.defaultsDisabled()
			.httpStrictTransportSecurity(Customizer.withDefaults())
			.addHeaderWriter(new StaticHeadersWriter(everyResponse))
			.addHeaderWriter(contentSecurityPolicy)
			.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
				@Override
				public <O extends HeaderWriterFilter> O postProcess(O filter) {
					filter.setShouldWriteHeadersEagerly(true);
					return filter;
				}
			});
	}

	private static void requireRegistration(SecuritySettings settings,
			@Nullable ClientRegistrationRepository registrations) {
		String id = settings.oidc().registrationId();
		if (registrations == null || registrations.findByRegistrationId(id) == null) {
			throw new InvalidSecuritySettingsException(List.of("stepwise.security.sign-in=oidc needs the client"
					+ " registration '" + id + "': set spring.security.oauth2.client.registration." + id
					+ ".client-id, .client-secret, .scope=openid,profile,email and spring.security.oauth2.client.provider."
					+ id + ".issuer-uri (see the README)"));
		}
	}

	@Bean
	SignInOptions signInOptions(SecuritySettings settings, DevelopmentMode mode) {
		boolean demo = settings.signIn() == SecuritySettings.SignIn.FORM
				&& (settings.demoUsers() == null ? mode.isEnabled() : settings.demoUsers()) && mode.isEnabled();
		return new SignInOptions(settings.signIn(), demo, "oauth2/authorization/" + settings.oidc().registrationId());
	}

	/**
	 * Spring's publisher of sign-in events, but one that also reports failures it has no
	 * event type for (an OpenID Connect sign-in refused for want of a role), so that the
	 * audit log sees every failed sign-in.
	 */
	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
		DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
		publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
		return publisher;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	/**
	 * The people who may sign in with the form: those configured, and in development the
	 * demo users. Nobody signs in with a password when OpenID Connect is on.
	 */
	@Bean
	UserDetailsService userDetailsService(SecuritySettings settings, DevelopmentMode mode, PasswordEncoder encoder) {
		if (settings.signIn() != SecuritySettings.SignIn.FORM) {
			return new InMemoryUserDetailsManager();
		}
		List<UserDetails> users = new ArrayList<>(ConfiguredUsers.read(settings.users()));
		Set<String> configured = users.stream()
			.map(u -> u.getUsername().toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		DemoUsers.load(settings.demoUsers(), mode.isEnabled(), encoder)
			.stream()
			.filter(demo -> !configured.contains(demo.getUsername()))
			.forEach(users::add);
		if (users.isEmpty()) {
			throw new InvalidSecuritySettingsException(List.of("Nobody can sign in: configure at least one user under"
					+ " stepwise.security.users, or sign-in with Microsoft Entra ID (stepwise.security.sign-in=oidc)"));
		}
		return new InMemoryUserDetailsManager(users);
	}

}
