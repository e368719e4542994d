package app.stepwise.security;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The person signed in for the work being done on this thread. Services ask here who
 * calls them, rather than trusting a name they are given: the name is the user name, or
 * with Microsoft Entra ID the sign-in name. Background work (notifications, scheduled
 * retries) has nobody signed in.
 *
 * <p>
 * Reads the same security context as method security ({@code @RolesAllowed}): the
 * application's {@link SecurityContextHolderStrategy}, which in a screen is the one kept
 * in the Vaadin session. So the person a service acts for is always the person whose
 * roles were checked.
 */
@Component
public class CurrentUser {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private final SecurityContextHolderStrategy contexts;

	CurrentUser(ObjectProvider<SecurityContextHolderStrategy> contexts) {
		this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	/** The signed-in person's name; empty when nobody is signed in. */
	public Optional<String> name() {
		Authentication authentication = contexts.getContext().getAuthentication();
		if (!TRUST.isAuthenticated(authentication)) {
			return Optional.empty();
		}
		String name = authentication.getName();
		return name == null || name.isBlank() ? Optional.empty() : Optional.of(name);
	}

	/**
	 * The signed-in person's name, for work that needs somebody signed in.
	 * @throws AuthenticationCredentialsNotFoundException if nobody is signed in
	 */
	public String requireName() {
		return name().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Nobody is signed in"));
	}

}
