package app.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.HttpTest;
import app.stepwise.WebClient;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
	void pagesCannotBeFramedSniffedOrLeakTheirAddress() {
		for (WebClient.Response response : List.of(visitor().get("login"), visitor().get(""),
				signedIn("admin", "admin").get("flow/unlock-account"), visitor().get("actuator/health"))) {
			assertThat(response.header("x-frame-options")).contains("DENY");
			assertThat(response.header("x-content-type-options")).contains("nosniff");
			assertThat(response.header("referrer-policy")).contains("same-origin");
			assertThat(response.header("permissions-policy"))
				.hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
			assertThat(response.header("content-security-policy"))
				.hasValueSatisfying(p -> assertThat(p).contains("frame-ancestors 'none'"));
		}
	}

	@Test
	void errorPagesCarryTheHeadersToo() {
		WebClient admin = signedIn("admin", "admin").withHeader("Accept", "text/html");
		for (WebClient.Response response : List.of(admin.get("actuator/env"), visitor().get("flow/a%5Cb"),
				admin.get("flow/unlock-account?lang=%ZZ"))) {
			assertThat(response.status()).isBetween(400, 499);
			assertThat(response.header("content-security-policy")).isPresent();
			assertThat(response.header("x-frame-options")).contains("DENY");
			assertThat(response.header("x-content-type-options")).contains("nosniff");
		}
	}

	@Test
	void theSessionCookieIsHiddenFromScriptsAndNotSentWithCrossSiteRequests() {
		WebClient.Response page = visitor().get("login");

		assertThat(page.header("set-cookie")).hasValueSatisfying(
				cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax"));
	}

}
