package app.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.HttpTest;
import app.stepwise.WebClient;
import app.stepwise.base.AuditEvent;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.MessageBundles;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Signing in with OpenID Connect end to end, as with Microsoft Entra ID: a real OpenID
 * provider runs in the test (mock-oauth2-server), Stepwise discovers it from its issuer
 * address, and a browser-like client follows every redirect. The ID token's app roles
 * become Stepwise roles; the sign-in name becomes the principal's name.
 */
@TestPropertySource(properties = "stepwise.security.sign-in=oidc")
class OidcSignInTest extends HttpTest {

	private static final String ISSUER = "entra";

	private static final MockOAuth2Server provider = new MockOAuth2Server();

	static {
		provider.start();
	}

	@DynamicPropertySource
	static void registration(DynamicPropertyRegistry properties) {
		String prefix = "spring.security.oauth2.client.";
		properties.add(prefix + "registration.entra.client-id", () -> "stepwise-test");
		properties.add(prefix + "registration.entra.client-secret", () -> "not-a-secret");
		properties.add(prefix + "registration.entra.scope", () -> "openid,profile,email");
		properties.add(prefix + "provider.entra.issuer-uri", () -> provider.issuerUrl(ISSUER).toString());
	}

	@AfterAll
	static void stopProvider() {
		provider.shutdown();
	}

	@Autowired
	private MessageBundles bundles;

	private String slovenian(String key) {
		return bundles.pattern(Language.SLOVENIAN, key).orElseThrow();
	}

	/** The provider's next sign-in is this person, with these claims. */
	private static void nextSignIn(String subject, Map<String, Object> claims) {
		provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", null, claims, 3600));
	}

	/**
	 * Opens Stepwise, is sent to sign in, and follows the sign-in at the provider back to
	 * Stepwise; returns the answer to the provider's redirect back.
	 */
	private WebClient.Response signInAtProvider(WebClient browser) {
		return signInAtProvider(browser, "");
	}

	/** As {@link #signInAtProvider(WebClient)}, starting from the given address. */
	private WebClient.Response signInAtProvider(WebClient browser, String address) {
		WebClient.Response first = browser.get(address);
		assertThat(first.location()).as(first.toString()).endsWith("/login");
		WebClient.Response start = browser.get("oauth2/authorization/entra");
		assertThat(start.location()).startsWith(provider.authorizationEndpointUrl(ISSUER).toString());
		WebClient.Response back = browser.get(start.location());
		assertThat(back.location()).startsWith("http://localhost:" + port + "/login/oauth2/code/entra?");
		return browser.get(back.location());
	}

	@Test
	void supportStaffSignInWithTheirSignInNameAndTheSupportRole() {
		nextSignIn("2f6c-sub",
				Map.of("preferred_username", "anna@contoso.example", "name", "Anna", "roles", List.of("SUPPORT")));
		WebClient browser = visitor();
		browser.get("login");
		String before = browser.cookie("JSESSIONID");

		WebClient.Response signedIn = signInAtProvider(browser);

		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.location()).startsWith("http://localhost:" + port + "/").doesNotContain("login");
		assertThat(browser.cookie("JSESSIONID")).isNotEqualTo(before);
		assertThat(browser.get("").status()).isEqualTo(200);
		browser.openUi("", "");
		assertThat(server.latestPrincipal()).isEqualTo("anna@contoso.example");
		assertThat(browser.get("actuator/info").status()).isEqualTo(200);
		assertThat(server.audit()).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo(AuditEvent.SIGN_IN);
			assertThat(e.actor()).isEqualTo("anna@contoso.example");
			assertThat(e.detail()).startsWith("oidc");
		});
	}

	@Test
	void anAdminGetsTheAdminRoleOnly() {
		nextSignIn("7a1d-sub", Map.of("preferred_username", "bo@contoso.example", "roles", List.of("ADMIN")));
		WebClient browser = visitor();

		signInAtProvider(browser);

		assertThat(browser.get("").status()).isEqualTo(200);
		assertThat(browser.get("actuator/info").status()).isEqualTo(403);
		browser.openUi("support", "");
		assertThat(server.audit().getLast()).satisfies(e -> {
			assertThat(e.action()).isEqualTo(AuditEvent.ACCESS_DENIED);
			assertThat(e.actor()).isEqualTo("bo@contoso.example");
		});
	}

	@Test
	void roleNamesAreMatchedIgnoringCaseAndUnknownOnesIgnored() {
		nextSignIn("9c3e-sub", Map.of("upn", "cy@contoso.example", "roles", List.of("support", "Stepwise.Reader")));
		WebClient browser = visitor();

		signInAtProvider(browser);

		browser.openUi("", "");
		assertThat(server.latestPrincipal()).isEqualTo("cy@contoso.example");
		assertThat(browser.get("actuator/info").status()).isEqualTo(200);
	}

	@Test
	void anAccountWithoutAStepwiseRoleIsTurnedAwayWithAnExplanationAndAudited() {
		nextSignIn("0b5f-sub", Map.of("preferred_username", "dan@contoso.example", "roles", List.of("Reader")));
		WebClient browser = visitor();

		WebClient.Response refused = signInAtProvider(browser);

		assertThat(refused.location()).endsWith("/login?error");
		assertThat(server.audit()).noneMatch(e -> e.actor().equals("anonymous"));
		assertThat(browser.get("").location()).endsWith("/login");
		assertThat(browser.openUi("login", "error").body()).contains("Your account has no role in Stepwise");
		assertThat(server.audit()).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo(AuditEvent.SIGN_IN_FAILED);
			assertThat(e.actor()).isEqualTo("dan@contoso.example");
			assertThat(e.detail()).endsWith(OidcUsers.NO_ROLE);
		});
	}

	@Test
	void aLinksLanguageHoldsThroughTheSignInWithMicrosoft() {
		nextSignIn("6e1b-sub", Map.of("preferred_username", "fran@contoso.example", "roles", List.of("ADMIN")));
		WebClient browser = visitor().withHeader("Accept-Language", "en-GB,en;q=0.9");

		WebClient.Response signedIn = signInAtProvider(browser, "flow/unlock-account?lang=sl");

		assertThat(signedIn.location()).contains("/flow/unlock-account?lang=sl");
		assertThat(browser.get(signedIn.location()).body()).contains("<html lang=\"sl\"");
		assertThat(browser.openUi("flow/unlock-account", "").body())
			.contains(slovenian("flow.unlock-account.symptom.title"));
	}

	@Test
	void theSignInScreenIsInTheLanguageTheLinkNamed() {
		WebClient browser = visitor().withHeader("Accept-Language", "en-GB,en;q=0.9");

		assertThat(browser.get("flow/unlock-account?lang=sl").location()).endsWith("/login");

		assertThat(browser.openUi("login", "").body()).contains(slovenian("ui.login.oidc"));
	}

	@Test
	void theSignInScreenOffersMicrosoftAndNoPasswordForm() {
		WebClient browser = visitor();

		String screen = browser.openUi("login", "").body();

		assertThat(screen).contains("Sign in with Microsoft", "oauth2/authorization/entra")
			.doesNotContain("vaadin-login-form");
		assertThat(browser.post("login", Map.of("username", "admin", "password", "admin")).location())
			.doesNotEndWith(":" + port + "/");
		assertThat(browser.get("").location()).endsWith("/login");
	}

	@Test
	void signingOutEndsTheSessionAndSignsOutAtTheProvider() {
		nextSignIn("4d2a-sub", Map.of("preferred_username", "eva@contoso.example", "roles", List.of("ADMIN")));
		WebClient browser = visitor();
		signInAtProvider(browser);
		WebClient stolen = visitor();
		stolen.setCookie("JSESSIONID", browser.cookie("JSESSIONID"));

		WebClient.Response out = browser.post("logout", Map.of("_csrf", browser.csrfToken()));

		assertThat(out.location()).startsWith(provider.endSessionEndpointUrl(ISSUER).toString())
			.contains("id_token_hint=");
		assertThat(stolen.get("").location()).endsWith("/login");
		assertThat(server.audit().getLast()).satisfies(e -> {
			assertThat(e.action()).isEqualTo(AuditEvent.SIGN_OUT);
			assertThat(e.actor()).isEqualTo("eva@contoso.example");
		});
	}

}
