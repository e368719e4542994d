package app.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.HttpTest;
import app.stepwise.WebClient;
import app.stepwise.base.SecurityHeaders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The headers that tell browsers what a page may do: which scripts run, whether other
 * sites may frame it, whether content types are guessed, what is sent as referrer.
 */
class SecurityHeadersTest extends HttpTest {

	private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

	private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*>");

	private static String nonce(WebClient.Response page) {
		Matcher matcher = NONCE.matcher(page.header("content-security-policy").orElseThrow());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	@Test
	void everyScriptOnThePageCarriesTheNonceThatThePolicyAllows() {
		WebClient.Response page = signedIn("admin", "admin").get("");
		String nonce = nonce(page);

		List<String> scripts = SCRIPT.matcher(page.body()).results().map(java.util.regex.MatchResult::group).toList();

		assertThat(scripts).isNotEmpty().allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce + "\""));
	}

	@Test
	void thePolicyAllowsNoInlineScriptWithoutTheNonceAndNothingFromOtherSites() {
		String policy = visitor().get("login").header("content-security-policy").orElseThrow();

		assertThat(policy).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
				"frame-ancestors 'none'");
		assertThat(policy.replaceAll(".*script-src ([^;]*).*", "$1")).doesNotContain("'unsafe-inline'", "*", "http:",
				"https:");
	}

	@Test
	void eachResponseHasANonceOfItsOwn() {
		WebClient visitor = visitor();

		assertThat(nonce(visitor.get("login"))).isNotEqualTo(nonce(visitor.get("login")));
	}

	@Test
	void answersThatAreDataAllowNothingAndNeedNoNonceWhilePagesKeepTheirs() {
		WebClient admin = signedIn("admin", "admin");

		WebClient.Response click = admin.openUi("flow/unlock-account", "");
		WebClient.Response heartbeat = admin.postEmpty("?v-r=heartbeat&v-uiId=0");
		assertThat(click.status()).isEqualTo(200);
		assertThat(click.body()).contains("\"syncId\"");

		assertThat(List.of(click, heartbeat)).allSatisfy(
				answer -> assertThat(answer.header("content-security-policy")).contains(SecurityHeaders.DATA_POLICY));
		assertThat(SecurityHeaders.DATA_POLICY).contains("default-src 'none'").doesNotContain("nonce", "'self'");
		assertThat(nonce(admin.withHeader("Accept", "text/html").get("flow/unlock-account/symptom"))).isNotBlank();
	}

	@Test
	void pagesCannotBeFramedSniffedOrLeakTheirAddress() {
		WebClient.Response page = visitor().get("login");

		assertThat(page.header("x-frame-options")).contains("DENY");
		assertThat(page.header("x-content-type-options")).contains("nosniff");
		assertThat(page.header("referrer-policy")).contains("same-origin");
		assertThat(page.header("permissions-policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
		assertThat(page.header("cache-control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
		assertThat(page.header("content-security-policy"))
			.hasValueSatisfying(p -> assertThat(p).contains("frame-ancestors 'none'"));
	}

	/**
	 * Every kind of response, also those Vaadin sends after a forward from Spring's
	 * dispatcher with a body smaller than the output buffer: the start of a UI and a
	 * heartbeat here, and in production mode every page. Their headers once depended on
	 * when the response was committed, and were missing.
	 */
	@Test
	void everyKindOfResponseCarriesEverySecurityHeader() {
		WebClient admin = signedIn("admin", "admin");
		WebClient browser = signedIn("admin", "admin").withHeader("Accept", "text/html");
		Map<String, WebClient.Response> responses = new LinkedHashMap<>();
		responses.put("the sign-in page", visitor().get("login"));
		responses.put("a redirect to the sign-in page", visitor().get(""));
		responses.put("the start page", browser.get(""));
		responses.put("a step page", browser.get("flow/unlock-account/symptom"));
		responses.put("the start of a UI", admin.get("?v-r=init&location=&query="));
		responses.put("a UIDL answer", admin.openUi("flow/unlock-account", ""));
		responses.put("a heartbeat", admin.postEmpty("?v-r=heartbeat&v-uiId=0"));
		responses.put("the stylesheet", visitor().get("styles/stepwise.css"));
		responses.put("the icon", visitor().get("favicon.ico"));
		responses.put("a file that does not exist", browser.get("lumo/no-such-file.css"));
		responses.put("an error page", browser.get("actuator/env"));
		responses.put("the server's error page", browser.get("flow/a%5Cb"));
		responses.put("the health endpoint", visitor().get("actuator/health"));

		SoftAssertions softly = new SoftAssertions();
		responses.forEach((kind, response) -> {
			SecurityHeaders.EVERY_RESPONSE.forEach((name, value) -> {
				if (!name.equals(SecurityHeaders.CACHE_CONTROL)) {
					softly.assertThat(response.header(name))
						.as("%s on %s (%s)", name, kind, response.status())
						.contains(value);
				}
			});
			softly.assertThat(response.header(SecurityHeaders.CACHE_CONTROL))
				.as("Cache-Control on " + kind)
				.isPresent();
			softly.assertThat(response.header(SecurityHeaders.CONTENT_SECURITY_POLICY))
				.as("Content-Security-Policy on " + kind)
				.hasValueSatisfying(p -> assertThat(p).contains("frame-ancestors 'none'"));
		});
		softly.assertAll();
	}

	@Test
	void errorPagesCarryTheHeadersAndAPolicyThatAllowsNoScript() {
		WebClient admin = signedIn("admin", "admin").withHeader("Accept", "text/html");
		for (WebClient.Response response : List.of(admin.get("actuator/env"), visitor().get("flow/a%5Cb"),
				admin.get("flow/unlock-account?lang=%ZZ"))) {
			assertThat(response.status()).isBetween(400, 499);
			assertThat(response.header("content-security-policy")).contains(
					"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
			assertThat(response.header("x-frame-options")).contains("DENY");
			assertThat(response.header("x-content-type-options")).contains("nosniff");
			assertThat(response.header("permissions-policy")).isPresent();
			assertThat(response.header("cache-control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
		}
	}

	@Test
	void theSessionCookieIsHiddenFromScriptsAndNotSentWithCrossSiteRequests() {
		WebClient.Response page = visitor().get("login");

		assertThat(page.header("set-cookie")).hasValueSatisfying(
				cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax"));
	}

}
