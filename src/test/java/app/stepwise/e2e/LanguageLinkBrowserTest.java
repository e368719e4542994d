package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.i18n.Language;
import app.stepwise.i18n.MessageBundles;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A link that names its language ({@code ?lang=}) opened by someone not yet signed in, in
 * a browser that asks for English: the sign-in screen and everything after it are in the
 * link's language.
 */
class LanguageLinkBrowserTest extends BrowserTest {

	@Autowired
	private MessageBundles bundles;

	@Override
	protected @Nullable String user() {
		return null;
	}

	private String text(Language language, String key) {
		return bundles.pattern(language, key).orElseThrow();
	}

	@Test
	void aStepLinkInSlovenianSignsInInSlovenianAndLandsOnTheStepInSlovenian() {
		open("flow/unlock-account?lang=sl");

		assertThat(page.url()).contains("/login");
		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("sl");
		PlaywrightAssertions.assertThat(byId("login-title")).hasText(text(Language.SLOVENIAN, "ui.login.title"));
		PlaywrightAssertions.assertThat(page.locator("#login-form vaadin-button[slot='submit']"))
			.hasText(text(Language.SLOVENIAN, "ui.login.submit"));

		page.locator("#login-form input[name='username']").fill("admin");
		page.locator("#login-form input[name='password']").fill("admin");
		page.locator("#login-form input[name='password']").press("Enter");
		page.waitForCondition(() -> !page.url().contains("/login"));
		settle();

		assertThat(location()).startsWith("flow/unlock-account");
		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("sl");
		PlaywrightAssertions.assertThat(byId("step-title"))
			.hasText(text(Language.SLOVENIAN, "flow.unlock-account.symptom.title"));
		PlaywrightAssertions.assertThat(byId("sign-out")).hasText(text(Language.SLOVENIAN, "ui.layout.sign-out"));

		// Signing out ends the session the language was kept in; the sign-in screen after
		// it still speaks the language the person was reading.
		signOut();
		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("sl");
		PlaywrightAssertions.assertThat(byId("login-title")).hasText(text(Language.SLOVENIAN, "ui.login.title"));
	}

	@Test
	void theStartPageLinkInSwedishShowsTheSignInScreenInSwedish() {
		open("?lang=sv");

		assertThat(page.url()).contains("/login");
		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("sv");
		PlaywrightAssertions.assertThat(byId("login-title")).hasText(text(Language.SWEDISH, "ui.login.title"));
	}

}
