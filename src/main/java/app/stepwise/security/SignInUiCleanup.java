package app.stepwise.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;

/**
 * Closes the Vaadin UIs a browser had open when its person signed in. They were made for
 * nobody signed in (the sign-in screen, perhaps in several tabs), and the full page load
 * that follows a sign-in starts a new UI, so nothing can use them again; left alone, each
 * stays in the session, holding its components, until Vaadin misses its heartbeats a
 * quarter of an hour later. Closed here, Vaadin removes them with the next request.
 * Called by Spring Security for every kind of sign-in, after the session got its new id.
 */
final class SignInUiCleanup implements SessionAuthenticationStrategy {

	@Override
	public void onAuthentication(Authentication authentication, HttpServletRequest request,
			HttpServletResponse response) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return;
		}
		for (String name : Collections.list(session.getAttributeNames())) {
			if (session.getAttribute(name) instanceof VaadinSession vaadin) {
				vaadin.access(() -> List.copyOf(vaadin.getUIs()).forEach(UI::close));
			}
		}
	}

}
