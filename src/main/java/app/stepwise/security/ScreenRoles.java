package app.stepwise.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Vaadin's check of each screen's {@code @RolesAllowed} on every navigation, with the
 * person's roles read straight from their sign-in. Vaadin's own way of reading them looks
 * up Spring's role prefix through its service lookup, which for this type reads every
 * {@code META-INF/services} entry of every library in the jar on each navigation: a
 * profile of a click through a flow had a twelfth of the server's CPU there. The roles
 * are the same: Stepwise's roles are authorities with Spring's prefix {@code ROLE_}
 * ({@link Roles}), for form and Entra ID sign-ins alike.
 */
@Configuration(proxyBeanMethods = false)
class ScreenRoles {

	/**
	 * Used instead of Vaadin's bean of the same type (which Vaadin defines without a
	 * condition), built by the same configurer with the same checkers.
	 */
	@Bean
	@Primary
	NavigationAccessControl screenAccessControl(List<NavigationAccessChecker> checkers,
			NavigationAccessControlConfigurer configurer, ObjectProvider<SecurityContextHolderStrategy> contexts) {
		SecurityContextHolderStrategy signIns = contexts
			.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
		return configurer.build((all, resolver) -> new RolesFromSignIn(all, resolver, signIns), checkers);
	}

	static final class RolesFromSignIn extends SpringNavigationAccessControl {

		private final SecurityContextHolderStrategy signIns;

		RolesFromSignIn(Collection<NavigationAccessChecker> checkers, AccessCheckDecisionResolver resolver,
				SecurityContextHolderStrategy signIns) {
			super(checkers, resolver);
			this.signIns = signIns;
		}

		@Override
		protected Predicate<String> getRolesChecker(VaadinRequest request) {
			Authentication signIn = signIns.getContext().getAuthentication();
			if (signIn == null || !signIn.isAuthenticated()) {
				return role -> false;
			}
			Set<String> granted = signIn.getAuthorities()
				.stream()
				.map(GrantedAuthority::getAuthority)
				.collect(Collectors.toUnmodifiableSet());
			return role -> granted.contains(Roles.PREFIX + role);
		}

	}

}
