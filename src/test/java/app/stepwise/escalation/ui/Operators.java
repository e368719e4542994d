package app.stepwise.escalation.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import java.security.Principal;

/** Stands in for sign-in, which another feature provides: a principal on the request. */
final class Operators {

	private Operators() {
	}

	static void signIn(String name) {
		Principal principal = () -> name;
		((FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest()).setUserPrincipalInt(principal);
	}

}
