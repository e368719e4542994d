package app.stepwise.security.ui;

import app.stepwise.base.ui.Markup;
import app.stepwise.base.ui.Screen;
import app.stepwise.security.SecuritySettings;
import app.stepwise.security.SignInOptions;
import app.stepwise.security.SignInProblem;
import app.stepwise.security.SignInThrottle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The sign-in screen, the only one open to everybody. With the built-in sign-in it holds
 * the sign-in form; with OpenID Connect a button that leads to Microsoft's sign-in. It
 * says why a person is here: a failed sign-in, a session ended for inactivity, or having
 * signed out.
 *
 * <p>
 * Public only because the security configuration names it as the sign-in screen.
 */
@Route(LoginView.PATH)
@AnonymousAllowed
@Screen
public class LoginView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

	/** The sign-in screen's address. */
	public static final String PATH = "login";

	private final SignInOptions options;

	private final AuthenticationContext authentication;

	final H1 title = new H1();

	final LoginForm form = new LoginForm();

	final Anchor oidc = new Anchor();

	final Paragraph notice = new Paragraph();

	final Paragraph demoHint = new Paragraph();

	private @Nullable SignInProblem problem;

	/** For a throttled sign-in: whole minutes until the user name may try again. */
	private long waitMinutes;

	private @Nullable String noticeKey;

	LoginView(SignInOptions options, AuthenticationContext authentication) {
		this.options = options;
		this.authentication = authentication;
		addClassName("login-view");
		title.setId("login-title");
		notice.setId("login-notice");
		notice.addClassName("login-notice");
		notice.getElement().setAttribute("role", "status");
		notice.setVisible(false);
		form.setId("login-form");
		form.setAction(PATH);
		form.setForgotPasswordButtonVisible(false);
		oidc.setId("login-oidc");
		oidc.addClassName("login-oidc");
		oidc.setHref(options.oidcStart());
		oidc.setRouterIgnore(true);
		demoHint.setId("login-demo-users");
		demoHint.addClassName("login-demo-users");
		demoHint.setVisible(options.demoUsers());
		boolean form = options.mode() == SecuritySettings.SignIn.FORM;
		add(title, notice, form ? this.form : oidc);
		if (form) {
			add(demoHint);
		}
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (authentication.isAuthenticated()) {
			event.forwardTo("");
			return;
		}
		Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
		problem = null;
		noticeKey = null;
		if (query.containsKey("error")) {
			Object failure = lastException();
			problem = SignInProblem.of(failure);
			if (failure instanceof SignInThrottle.ThrottledException throttled) {
				waitMinutes = Math.max(1, (throttled.remaining().toSeconds() + 59) / 60);
			}
		}
		else if (query.containsKey("expired")) {
			noticeKey = "ui.login.expired";
		}
		else if (query.containsKey("signed-out")) {
			noticeKey = "ui.login.signed-out";
		}
		form.setError(problem != null);
		localize();
	}

	private static @Nullable Object lastException() {
		VaadinSession session = VaadinSession.getCurrent();
		return session == null ? null : session.getSession().getAttribute(SignInProblem.SESSION_ATTRIBUTE);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		localize();
	}

	private void localize() {
		title.setText(getTranslation("ui.login.title"));
		LoginI18n i18n = new LoginI18n();
		LoginI18n.Form texts = new LoginI18n.Form();
		texts.setTitle(getTranslation("ui.login.form-title"));
		texts.setUsername(getTranslation("ui.login.username"));
		texts.setPassword(getTranslation("ui.login.password"));
		texts.setSubmit(getTranslation("ui.login.submit"));
		i18n.setForm(texts);
		LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
		if (problem == SignInProblem.THROTTLED) {
			error.setTitle(getTranslation("ui.login.throttled.title"));
			error.setMessage(getTranslation("ui.login.throttled.message", Map.of("minutes", waitMinutes)));
		}
		else {
			error.setTitle(getTranslation("ui.login.failed.title"));
			error.setMessage(getTranslation("ui.login.failed.message"));
		}
		error.setUsername(getTranslation("ui.login.username-required"));
		error.setPassword(getTranslation("ui.login.password-required"));
		i18n.setErrorMessage(error);
		form.setI18n(i18n);
		oidc.setText(getTranslation("ui.login.oidc"));
		Markup.fill(demoHint, getTranslation("ui.login.demo-users"));
		String key = noticeKey;
		if (problem != null && options.mode() == SecuritySettings.SignIn.OIDC) {
			key = problem == SignInProblem.NO_ROLE ? "ui.login.oidc.no-role" : "ui.login.oidc.failed";
		}
		notice.setVisible(key != null);
		notice.setText(key == null ? "" : getTranslation(key));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("ui.login.page-title");
	}

}
