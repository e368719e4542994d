package app.stepwise.security.ui;

import app.stepwise.base.ui.LightSelect;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.Messages;
import app.stepwise.security.SignInProblem;
import app.stepwise.security.SignInThrottle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.server.VaadinSession;
import java.lang.reflect.Method;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sign-in screen: in the reader's language down to the sign-in form's own texts, with
 * the language picker, and saying why the person is there.
 */
class LoginViewTest extends KaribuTest {

	@Autowired
	private Messages messages;

	@Autowired
	private SignInThrottle throttle;

	@BeforeEach
	void nobodySignedIn() {
		startSessionAs(null);
	}

	private static LoginI18n i18n(LoginView view) throws Exception {
		Method getter = view.form.getClass().getSuperclass().getDeclaredMethod("getI18n");
		getter.setAccessible(true);
		return (LoginI18n) getter.invoke(view.form);
	}

	@Test
	void everyTextOfTheFormIsInTheReadersLanguage() throws Exception {
		for (Language language : Language.values()) {
			UI.getCurrent().setLocale(language.locale());
			navigate("login");
			LoginView view = _get(LoginView.class);
			LoginI18n i18n = i18n(view);

			assertThat(view.title.getText()).isEqualTo(messages.get(language.locale(), "ui.login.title"));
			assertThat(i18n.getForm().getTitle()).isEqualTo(messages.get(language.locale(), "ui.login.form-title"));
			assertThat(i18n.getForm().getUsername()).isEqualTo(messages.get(language.locale(), "ui.login.username"));
			assertThat(i18n.getForm().getPassword()).isEqualTo(messages.get(language.locale(), "ui.login.password"));
			assertThat(i18n.getForm().getSubmit()).isEqualTo(messages.get(language.locale(), "ui.login.submit"));
			assertThat(i18n.getErrorMessage().getTitle())
				.isEqualTo(messages.get(language.locale(), "ui.login.failed.title"));
			assertThat(i18n.getErrorMessage().getMessage())
				.isEqualTo(messages.get(language.locale(), "ui.login.failed.message"));
			assertThat(i18n.getErrorMessage().getUsername())
				.isEqualTo(messages.get(language.locale(), "ui.login.username-required"));
			assertThat(i18n.getErrorMessage().getPassword())
				.isEqualTo(messages.get(language.locale(), "ui.login.password-required"));
			assertThat(UI.getCurrent().getInternals().getTitle())
				.isEqualTo(messages.get(language.locale(), "ui.login.page-title"));
		}
	}

	@Test
	void theLanguageCanBeChosenOnTheSignInScreen() throws Exception {
		navigate("login");
		@SuppressWarnings("unchecked")
		LightSelect<Language> picker = _get(LightSelect.class, spec -> spec.withId("language"));

		_setValue(picker, Language.DANISH);

		assertThat(UI.getCurrent().getLocale()).isEqualTo(Language.DANISH.locale());
		assertThat(i18n(_get(LoginView.class)).getForm().getSubmit()).isEqualTo("Log på");
	}

	@Test
	void aFailedSignInShowsTheFormsErrorWithoutSayingWhichPartWasWrong() {
		navigate("login?error");

		LoginView view = _get(LoginView.class);
		assertThat(view.form.isError()).isTrue();
		assertThat(view.notice.isVisible()).isFalse();
	}

	@Test
	void aSignInRefusedAfterTooManyFailuresSaysHowLongToWaitInTheReadersLanguage() throws Exception {
		VaadinSession.getCurrent()
			.getSession()
			.setAttribute(SignInProblem.SESSION_ATTRIBUTE, throttle.refusal(Duration.ofSeconds(301)));
		UI.getCurrent().setLocale(Language.SLOVENIAN.locale());

		navigate("login?error");

		LoginView view = _get(LoginView.class);
		assertThat(view.form.isError()).isTrue();
		assertThat(i18n(view).getErrorMessage().getTitle()).isEqualTo("Preveč neuspešnih vpisov");
		assertThat(i18n(view).getErrorMessage().getMessage()).contains("znova vpišete čez 6 minut.");

		UI.getCurrent().setLocale(Language.ENGLISH.locale());
		assertThat(i18n(view).getErrorMessage().getMessage()).contains("can sign in again in 6 minutes.");
	}

	@Test
	void aSessionEndedForInactivityIsExplained() {
		navigate("login?expired");

		assertThat(_get(LoginView.class).notice.getText())
			.isEqualTo("You were signed out because there was no activity for a while. Sign in again to continue.");
	}

	@Test
	void signingOutIsConfirmed() {
		UI.getCurrent().setLocale(Language.SLOVENIAN.locale());

		navigate("login?signed-out");

		assertThat(_get(LoginView.class).notice.getText()).isEqualTo("Izpisali ste se.");
	}

	@Test
	void inDevelopmentTheDemoUsersAreNamed() {
		navigate("login");

		LoginView view = _get(LoginView.class);
		assertThat(view.demoHint.isVisible()).isTrue();
		assertThat(view.demoHint.getElement().getTextRecursively()).contains("admin", "support");
	}

	@Test
	void somebodyAlreadySignedInGoesOnToTheStartPage() {
		startSessionAs("anna", "ADMIN");

		navigate("login");

		assertThat(currentLocation()).isEmpty();
	}

}
