package app.stepwise.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.HttpTest;
import app.stepwise.WebClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The page's {@code <html lang>} is right from the first byte, before any script runs,
 * and a language the address names holds for the rest of the visit, through the sign-in
 * screen and after it.
 */
class PageLanguageTest extends HttpTest {

	@Autowired
	private MessageBundles bundles;

	private String page(String path, String header, String value) {
		WebClient browser = visitor().withHeader(header, value);
		return browser.follow(browser.get(path)).body();
	}

	private String slovenian(String key) {
		return bundles.pattern(Language.SLOVENIAN, key).orElseThrow();
	}

	@Test
	void theBrowsersLanguageSetsTheHtmlLang() {
		assertThat(page("", "Accept-Language", "nn-NO,nn;q=0.9")).contains("<html lang=\"nb\"");
		assertThat(page("", "Accept-Language", "de-DE")).contains("<html lang=\"en\"");
	}

	@Test
	void theAddressSetsTheHtmlLang() {
		assertThat(page("login?lang=sl", "Accept-Language", "sv")).contains("<html lang=\"sl\"");
	}

	@Test
	void theAddresssLanguageHoldsForTheRestOfTheVisit() {
		WebClient visit = visitor().withHeader("Accept-Language", "sv");
		visit.get("login?lang=sl");

		// Where a failed sign-in leads: the address no longer says which language.
		assertThat(visit.get("login?error").body()).contains("<html lang=\"sl\"");
		assertThat(page("login?error", "Accept-Language", "sv")).contains("<html lang=\"sv\"");
	}

	@Test
	void aLinkWithItsLanguageOpenedBeforeSigningInIsInThatLanguageOnTheSignInScreenAndAfter() {
		WebClient browser = visitor().withHeader("Accept-Language", "en-GB,en;q=0.9");

		WebClient.Response toSignIn = browser.get("flow/unlock-account?lang=sl");

		// The way to the sign-in screen drops the address's query.
		assertThat(toSignIn.location()).endsWith("/login");
		assertThat(browser.get("login").body()).contains("<html lang=\"sl\"");
		assertThat(browser.openUi("login", "").body()).contains(slovenian("ui.login.title"),
				slovenian("ui.login.submit"));

		WebClient.Response signedIn = browser.post("login", Map.of("username", "admin", "password", "admin"));

		assertThat(signedIn.location()).contains("/flow/unlock-account?lang=sl");
		assertThat(browser.get(signedIn.location()).body()).contains("<html lang=\"sl\"");
		assertThat(browser.openUi("flow/unlock-account", "").body())
			.contains(slovenian("flow.unlock-account.symptom.title"), slovenian("ui.layout.sign-out"));
	}

	@Test
	void aRememberedChoiceWinsOverTheAddress() {
		WebClient browser = visitor();
		browser.setCookie(LanguageSetup.COOKIE, "da");

		assertThat(browser.follow(browser.get("?lang=sl")).body()).contains("<html lang=\"da\"");
	}

}
