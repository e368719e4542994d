package app.stepwise.security;

import com.vaadin.flow.component.Component;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Method security with {@code @RolesAllowed} (and {@code @PermitAll}, {@code @DenyAll})
 * for services, the same check Spring Security's {@code jsr250Enabled} installs, but not
 * for screens. A screen carries {@code @RolesAllowed} for Vaadin's route access check;
 * with Spring's own advisor each screen created on a navigation was wrapped in a CGLIB
 * proxy, after a scan of all its methods, on every click. Who may open a screen is
 * decided by the route access check, before the screen is created; the services a screen
 * calls still check their callers.
 */
@Configuration(proxyBeanMethods = false)
class ServiceMethodSecurity {

	/**
	 * Vaadin components: screens and their parts, which the route access check guards.
	 */
	static final ClassFilter NOT_A_COMPONENT = type -> !Component.class.isAssignableFrom(type);

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static AuthorizationManagerBeforeMethodInterceptor rolesAllowedOnServices(
			ObjectProvider<SecurityContextHolderStrategy> contexts) {
		Jsr250AuthorizationManager roles = new Jsr250AuthorizationManager();
		AuthorizationManagerBeforeMethodInterceptor standard = AuthorizationManagerBeforeMethodInterceptor
			.jsr250(roles);
		AuthorizationManagerBeforeMethodInterceptor services = new AuthorizationManagerBeforeMethodInterceptor(
				new ComposablePointcut(standard.getPointcut()).intersection(NOT_A_COMPONENT), roles);
		services.setOrder(standard.getOrder());
		services.setSecurityContextHolderStrategy(
				new LazyStrategy(() -> contexts.getIfUnique(SecurityContextHolder::getContextHolderStrategy)));
		return services;
	}

	/**
	 * The application's strategy (Vaadin's, which reads the Vaadin session), looked up on
	 * first use: advisors are created before the beans they would otherwise pull in.
	 */
	private static final class LazyStrategy implements SecurityContextHolderStrategy {

		private final Supplier<SecurityContextHolderStrategy> lookup;

		private volatile @Nullable SecurityContextHolderStrategy strategy;

		LazyStrategy(Supplier<SecurityContextHolderStrategy> lookup) {
			this.lookup = lookup;
		}

		private SecurityContextHolderStrategy strategy() {
			SecurityContextHolderStrategy found = strategy;
			if (found == null) {
				found = lookup.get();
				strategy = found;
			}
			return found;
		}

		@Override
		public void clearContext() {
			strategy().clearContext();
		}

		@Override
		public SecurityContext getContext() {
			return strategy().getContext();
		}

		@Override
		public Supplier<SecurityContext> getDeferredContext() {
			return strategy().getDeferredContext();
		}

		@Override
		public void setContext(SecurityContext context) {
			strategy().setContext(context);
		}

		@Override
		public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
			strategy().setDeferredContext(deferredContext);
		}

		@Override
		public SecurityContext createEmptyContext() {
			return strategy().createEmptyContext();
		}

	}

}
