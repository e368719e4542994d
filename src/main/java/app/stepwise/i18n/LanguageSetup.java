package app.stepwise.i18n;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Gives every UI its language: a remembered choice (a cookie) wins over {@code ?lang=},
 * which wins over the browser's Accept-Language. A language from {@code ?lang=} holds for
 * the rest of the visit (the HTTP session): {@link AddressLanguageFilter} keeps it from a
 * page's address, this class from a move inside the running application. So it survives
 * the way to the sign-in screen and that screen's round trips, none of which carry the
 * address's parameters. Keeps the page's {@code <html lang>} in step, from the first byte
 * of the page onwards.
 */
@Component
public class LanguageSetup implements VaadinServiceInitListener {

	/** The cookie that remembers a person's explicit choice of language. */
	public static final String COOKIE = "stepwise-lang";

	public static final String PARAMETER = "lang";

	private static final String CHOSEN = "stepwise.language-chosen";

	/** The session attribute that keeps the language of the last {@code ?lang=}. */
	static final String FROM_ADDRESS = "stepwise.language-from-address";

	private static final int COOKIE_MAX_AGE = (int) Duration.ofDays(365).toSeconds();

	private final LanguageResolver resolver;

	LanguageSetup(LanguageResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(init -> {
			UI ui = init.getUI();
			VaadinRequest request = VaadinRequest.getCurrent();
			String remembered = request == null ? null : cookie(request);
			String acceptLanguage = request == null ? null : request.getHeader("Accept-Language");
			apply(ui, resolver.resolve(remembered, request == null ? null : fromAddress(request), acceptLanguage));
			if (resolver.single(remembered).isPresent()) {
				ComponentUtil.setData(ui, CHOSEN, Boolean.TRUE);
			}
			ui.addBeforeEnterListener(enter -> {
				if (ComponentUtil.getData(ui, CHOSEN) != null) {
					return;
				}
				List<String> lang = enter.getLocation().getQueryParameters().getParameters().get(PARAMETER);
				if (lang != null && !lang.isEmpty()) {
					resolver.single(lang.getFirst()).ifPresent(locale -> {
						apply(ui, locale);
						keepFromAddress(ui.getSession().getSession(), locale);
					});
				}
			});
		});
		event.addIndexHtmlRequestListener(response -> {
			VaadinRequest request = response.getVaadinRequest();
			Locale locale = resolver.resolve(cookie(request), fromAddress(request),
					request.getHeader("Accept-Language"));
			response.getDocument().getElementsByTag("html").attr("lang", locale.toLanguageTag());
		});
	}

	/** Switches the UI's language and tells the browser, without remembering it. */
	public static void apply(UI ui, Locale locale) {
		if (!locale.equals(ui.getLocale())) {
			ui.setLocale(locale);
		}
		ui.getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
	}

	/** The person chose a language: switch to it and remember it for later visits. */
	public void choose(UI ui, Locale locale) {
		apply(ui, locale);
		ComponentUtil.setData(ui, CHOSEN, Boolean.TRUE);
		VaadinResponse response = VaadinResponse.getCurrent();
		if (response != null) {
			Cookie cookie = new Cookie(COOKIE, locale.toLanguageTag());
			cookie.setPath("/");
			cookie.setMaxAge(COOKIE_MAX_AGE);
			cookie.setHttpOnly(true);
			cookie.setAttribute("SameSite", "Lax");
			response.addCookie(cookie);
		}
	}

	private static void keepFromAddress(WrappedSession session, Locale locale) {
		session.setAttribute(FROM_ADDRESS, locale.toLanguageTag());
	}

	private static @Nullable String fromAddress(VaadinRequest request) {
		WrappedSession session = request.getWrappedSession(false);
		return session == null ? null : (String) session.getAttribute(FROM_ADDRESS);
	}

	private static @Nullable String cookie(VaadinRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		return Arrays.stream(cookies)
			.filter(c -> COOKIE.equals(c.getName()))
			.map(Cookie::getValue)
			.findFirst()
			.orElse(null);
	}

}
