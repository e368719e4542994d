package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A page of Stepwise in the shared headless Chromium, with a fresh browser context
 * (cookies, storage) for every test, driven as a person would: controls are found by
 * their ids and roles, never by their English text. Where Stepwise runs is up to the
 * subclass ({@link #url}).
 */
abstract class ChromiumPage {

	protected BrowserContext context;

	protected Page page;

	@BeforeEach
	void openBrowser() {
		if (!Chromium.installed()) {
			assertThat(Chromium.REQUIRED)
				.as("Chromium is required at " + Chromium.EXECUTABLE + " (apt-get install -y chromium)")
				.isFalse();
			assumeTrue(false,
					"Browser tests skipped: no Chromium at " + Chromium.EXECUTABLE + " (apt-get install -y chromium)");
		}
		context = Chromium.browser().newContext(contextOptions());
		page = context.newPage();
		page.setDefaultTimeout(30_000);
		String user = user();
		if (user != null) {
			signIn(user, user);
		}
	}

	/**
	 * The user every test starts signed in as, whose password is their name; null (the
	 * default) to start signed out.
	 */
	protected @Nullable String user() {
		return null;
	}

	/** Signs out with the header's button and waits for the sign-in screen. */
	protected void signOut() {
		byId("sign-out").click();
		page.waitForCondition(() -> page.url().contains("/login"));
		settle();
	}

	/** Signs in through the sign-in screen, as a person would, and waits to be let in. */
	protected void signIn(String user, String password) {
		open("login");
		page.locator("#login-form input[name='username']").fill(user);
		page.locator("#login-form input[name='password']").fill(password);
		page.locator("#login-form input[name='password']").press("Enter");
		page.waitForCondition(() -> !page.url().contains("/login"));
		settle();
	}

	/**
	 * The browser's settings for a test; override to change the language or the window.
	 */
	protected Browser.NewContextOptions contextOptions() {
		return new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 900);
	}

	@AfterEach
	void closeBrowser() {
		if (context != null) {
			context.close();
		}
	}

	/** The full address of a path of the application. */
	protected abstract String url(String path);

	/** Opens an address of the application and waits until Vaadin has rendered it. */
	protected void open(String path) {
		page.navigate(url(path));
		settle();
	}

	/**
	 * Moves to another address inside the running application, as the browser's back and
	 * forward buttons do, without loading the page again.
	 */
	protected void go(String path) {
		page.evaluate("path => { history.pushState(null, '', path); dispatchEvent(new PopStateEvent('popstate')); }",
				url(path));
		page.waitForCondition(() -> page.url().equals(url(path)));
		settle();
	}

	/**
	 * Waits until the page is rendered and Vaadin has no request in flight. A click's
	 * request is sent a moment after the click, so first let the page run its pending
	 * work.
	 */
	protected void settle() {
		page.evaluate("() => new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)))");
		page.waitForFunction("() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
				+ " && Object.keys(window.Vaadin.Flow.clients).length"
				+ " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))");
	}

	protected Locator byId(String id) {
		return page.locator("#" + id);
	}

	/** Clicks a control and waits for the server's answer. */
	protected void click(String id) {
		byId(id).click();
		settle();
	}

	/** Answers the current step and waits for the next step. */
	protected void answer(String answerId) {
		String before = currentStep();
		byId("answer-" + answerId).click();
		page.waitForCondition(() -> !before.equals(currentStep()));
		settle();
	}

	/**
	 * Waits until the given step ({@code <flow>/<step>}) is shown, and fails if it is
	 * not.
	 */
	protected void expectStep(String step) {
		PlaywrightAssertions.assertThat(byId("step")).hasAttribute("data-step", step);
		settle();
	}

	/**
	 * Fills the request form of the escalate outcome shown: the affected user, the
	 * description given and a contact e-mail address.
	 */
	protected void fillRequestForm(String description) {
		byId("affected-user").locator("input").fill("adele@contoso.example");
		byId("description").locator("textarea").fill(description);
		byId("contact-email").locator("input").fill("it-desk@contoso.example");
	}

	/**
	 * Fills the request form of the escalate outcome shown ({@link #fillRequestForm}),
	 * sends it, and waits for its reference, which it returns.
	 */
	protected String fileRequest(String description) {
		fillRequestForm(description);
		click("send-request");
		PlaywrightAssertions.assertThat(byId("reference")).isVisible();
		return byId("reference").innerText().strip();
	}

	/** The current step's data attribute: {@code <flow>/<step>}. */
	protected String currentStep() {
		return byId("step").getAttribute("data-step");
	}

	/** The address the browser shows, relative to the application root. */
	protected String location() {
		return page.url().substring(url("").length());
	}

}
