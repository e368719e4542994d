package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.WebClient;
import app.stepwise.base.SecurityHeaders;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The production jar as people run it: started on its own (see
 * {@code .ci/production-smoke} and the README) with one configured user and no demo
 * users, and checked from outside. Not part of {@code ./mvnw verify}: surefire's default
 * includes do not match the name, and it needs the running jar, given as
 * {@code -Dstepwise.smoke.url}, {@code -Dstepwise.smoke.user} (with the role ADMIN) and
 * {@code -Dstepwise.smoke.password}.
 */
class ProductionJarSmoke extends ChromiumPage {

	private static final String SERVER = System.getProperty("stepwise.smoke.url", "").replaceAll("/+$", "") + "/";

	private static final String USER = System.getProperty("stepwise.smoke.user", "");

	private static final String PASSWORD = System.getProperty("stepwise.smoke.password", "");

	private final List<String> browserErrors = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void theJarIsGiven() {
		assertThat(List.of(SERVER, USER, PASSWORD))
			.as("The smoke test needs the running jar: -Dstepwise.smoke.url, -Dstepwise.smoke.user and"
					+ " -Dstepwise.smoke.password (see .ci/production-smoke)")
			.noneMatch(value -> value.isEmpty() || value.equals("/"));
	}

	/**
	 * Records what the browser reports: console errors, uncaught exceptions, failed
	 * requests, and every Content-Security-Policy violation (which a page can hear as an
	 * event).
	 */
	@BeforeEach
	void listenToTheBrowser() {
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				browserErrors
					.add("console error on " + page.url() + ": " + message.text() + " (" + message.location() + ")");
			}
		});
		page.onResponse(response -> {
			if (response.status() >= 400) {
				browserErrors.add(response.status() + " for " + response.request().method() + " " + response.url());
			}
		});
		page.onPageError(error -> browserErrors.add("uncaught error on " + page.url() + ": " + error));
		page.exposeFunction("stepwiseSmokeViolation", args -> {
			browserErrors.add("CSP violation on " + page.url() + ": " + args[0]);
			return null;
		});
		page.addInitScript("document.addEventListener('securitypolicyviolation', e => window.stepwiseSmokeViolation("
				+ "e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':'"
				+ " + e.lineNumber))");
	}

	@Override
	protected String url(String path) {
		return SERVER + (path.startsWith("/") ? path.substring(1) : path);
	}

	/** A response of some kind, and the status it should have. */
	private record Checked(String kind, int status, WebClient.Response response) {
	}

	@Test
	void everyKindOfResponseCarriesTheSecurityHeaders() {
		WebClient browser = new WebClient(SERVER).withHeader("Accept", "text/html");
		WebClient.Response signInPage = browser.get("login");
		WebClient.Response signIn = browser.signIn(USER, PASSWORD);
		assertThat(signIn.location()).as("signing in as %s (%s)", USER, signIn).isNotEmpty().doesNotContain("error");
		WebClient ui = new WebClient(SERVER);
		ui.signIn(USER, PASSWORD);
		List<Checked> responses = List.of(new Checked("the sign-in page (GET /login)", 200, signInPage),
				new Checked("the start page, signed in (GET /)", 200, browser.get("")),
				new Checked("a step page (GET /flow/unlock-account/symptom)", 200,
						browser.get("flow/unlock-account/symptom")),
				new Checked("a 404 (GET /lumo/no-such-file.css)", 404, browser.get("lumo/no-such-file.css")),
				new Checked("an error page (GET /flow/unlock-account?lang=%ZZ)", 400,
						browser.get("flow/unlock-account?lang=%ZZ")),
				new Checked("the server's error page (GET /flow/a%5Cb)", 400, browser.get("flow/a%5Cb")),
				new Checked("a static file (GET /styles/stepwise.css)", 200, browser.get("styles/stepwise.css")),
				new Checked("a UIDL answer (POST ?v-r=uidl)", 200, ui.openUi("flow/unlock-account", "")));

		SoftAssertions softly = new SoftAssertions();
		for (Checked checked : responses) {
			WebClient.Response response = checked.response();
			softly.assertThat(response.status()).as("status of " + checked.kind()).isEqualTo(checked.status());
			SecurityHeaders.EVERY_RESPONSE.forEach((name, value) -> {
				if (!name.equals(SecurityHeaders.CACHE_CONTROL)) {
					softly.assertThat(response.header(name)).as("%s on %s", name, checked.kind()).contains(value);
				}
			});
			softly.assertThat(response.header(SecurityHeaders.CACHE_CONTROL))
				.as("Cache-Control on " + checked.kind())
				.isPresent();
			softly.assertThat(response.header(SecurityHeaders.CONTENT_SECURITY_POLICY))
				.as("Content-Security-Policy on " + checked.kind())
				.hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
		}
		softly.assertAll();
	}

	@Test
	void theDemoUsersDoNotExist() {
		for (String demo : List.of("admin", "support")) {
			WebClient.Response signIn = new WebClient(SERVER).signIn(demo, demo);

			assertThat(signIn.location()).as("the demo user %s/%s signing in to the production jar", demo, demo)
				.contains("login?error");
		}
	}

	@Test
	void aPersonFilesARequestFindsItAndSignsOutWithoutABrowserErrorOrCspViolation() {
		signIn(USER, PASSWORD);
		open("");
		page.locator("a.problem-card[id$='-locked-out']").click();
		settle();
		for (String answer : List.of("not-solved", "not-solved", "no-signs")) {
			answer(answer);
		}
		expectStep("unlock-account/escalate");

		String reference = fileRequest("The production smoke test walked the steps.");

		click("menu-my-requests-link");
		byId("request-" + reference).click();
		settle();
		PlaywrightAssertions.assertThat(byId("reference")).hasText(reference);

		signOut();
		assertThat(browserErrors).as("what the browser reported from sign-in to sign-out").isEmpty();
	}

}
