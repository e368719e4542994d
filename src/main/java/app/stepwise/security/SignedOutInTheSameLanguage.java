package app.stepwise.security;

import app.stepwise.i18n.LanguageSetup;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;

/**
 * Sends whoever signed out to the sign-in screen in the language they were reading.
 * Signing out ends the HTTP session, and with it a language that came from an address's
 * {@code ?lang=}; without this the screen after signing out would fall back to the
 * browser's language. A language the person chose is remembered in a cookie and wins
 * anyway.
 */
class SignedOutInTheSameLanguage extends SimpleUrlLogoutSuccessHandler {

	SignedOutInTheSameLanguage(String signedOutUrl) {
		setDefaultTargetUrl(signedOutUrl);
		// Signing out from a screen is a Vaadin request: the browser is told where to go
		// in the response to it rather than with an HTTP redirect.
		setRedirectStrategy(new UidlRedirectStrategy());
	}

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
		String target = super.determineTargetUrl(request, response);
		UI ui = UI.getCurrent();
		if (ui == null || ui.getLocale() == null) {
			return target;
		}
		return target + (target.contains("?") ? "&" : "?") + LanguageSetup.PARAMETER + "="
				+ ui.getLocale().toLanguageTag();
	}

}
