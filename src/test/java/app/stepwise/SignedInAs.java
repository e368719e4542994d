package app.stepwise;

import app.stepwise.security.Roles;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/**
 * Runs a Spring test signed in as this person, with the authorities signing in would give
 * them ({@link Roles#SUPPORT} also grants {@link Roles#ADMIN}): for tests that call
 * services directly, outside a screen. Browserless UI tests use
 * {@link KaribuTest#startSessionAs} instead.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@WithSecurityContext(factory = SignedInAs.Factory.class)
public @interface SignedInAs {

	/** The user name. */
	String value();

	/** The roles, as configured for the user. */
	String[] roles() default { Roles.ADMIN };

	/** Builds the security context for the annotation. */
	final class Factory implements WithSecurityContextFactory<SignedInAs> {

		@Override
		public SecurityContext createSecurityContext(SignedInAs user) {
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(TestUsers.authentication(user.value(), user.roles()));
			return context;
		}

	}

}
