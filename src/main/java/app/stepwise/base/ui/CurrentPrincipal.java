package app.stepwise.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import java.security.Principal;
import java.util.Optional;

/**
 * The signed-in user's name, from the servlet request's principal: empty until sign-in
 * exists or when nobody is signed in.
 */
public final class CurrentPrincipal {

	private CurrentPrincipal() {
	}

	/** The user name of the request being handled, if someone is signed in. */
	public static Optional<String> name() {
		VaadinRequest request = VaadinRequest.getCurrent();
		Principal principal = request == null ? null : request.getUserPrincipal();
		String name = principal == null ? null : principal.getName();
		return name == null || name.isBlank() ? Optional.empty() : Optional.of(name);
	}

}
