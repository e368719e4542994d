package app.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.HttpTest;
import app.stepwise.WebClient;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;

/**
 * Signing in and out with the form, over HTTP: the session, where the browser is sent,
 * who the application then sees, and what the audit log records.
 */
class SignInTest extends HttpTest {

	@Test
	void signingInSendsThePersonToTheStartPageWithANewSessionId() {
		WebClient browser = visitor();
		browser.get("login");
		String before = browser.cookie("JSESSIONID");

		WebClient.Response answer = browser.post("login", Map.of("username", "admin", "password", "admin"));

		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).isEqualTo("http://localhost:" + port + "/");
		assertThat(browser.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
		assertThat(browser.get("").status()).isEqualTo(200);
	}

	@Test
	void signingInClosesTheSignInScreensUiSoThatTheSessionDoesNotCarryIt() {
		WebClient browser = visitor();
		browser.get("login");
		browser.openUi("login", "");
		UI signInScreen = server.latestUi();

		browser.post("login", Map.of("username", "admin", "password", "admin"));
		browser.get("");
		browser.openUi("", "");
		UI startPage = server.latestUi();

		assertThat(signInScreen.isClosing()).isTrue();
		VaadinSession session = startPage.getSession();
		session.lock();
		try {
			assertThat(session.getUIs()).containsExactly(startPage);
		}
		finally {
			session.unlock();
		}
	}

	@Test
	void theSessionIdFromBeforeSigningInIsWorthlessAfterwards() {
		WebClient browser = visitor();
		browser.get("login");
		WebClient attacker = visitor();
		attacker.setCookie("JSESSIONID", browser.cookie("JSESSIONID"));

		browser.post("login", Map.of("username", "admin", "password", "admin"));

		WebClient.Response answer = attacker.get("");
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).endsWith("/login");
	}

	@Test
	void afterSigningInTheOpenedPageGoesOnToWhereThePersonWasGoing() {
		WebClient browser = visitor();
		WebClient.Response denied = browser.get("flow/reset-passwords");
		assertThat(denied.location()).endsWith("/login");

		WebClient.Response answer = browser.post("login", Map.of("username", "admin", "password", "admin"));

		assertThat(answer.location()).contains("/flow/reset-passwords");
	}

	@Test
	void vaadinSeesTheUserNameAsTheRequestsPrincipal() {
		WebClient browser = signedIn(CONFIGURED_USER, CONFIGURED_PASSWORD);

		assertThat(browser.openUi("", "").status()).isEqualTo(200);

		assertThat(server.latestPrincipal()).isEqualTo(CONFIGURED_USER);
	}

	@Test
	void aWrongPasswordLeadsBackToTheSignInScreenWithAnErrorAndIsAudited(CapturedOutput output) {
		WebClient browser = visitor();

		WebClient.Response answer = browser.signIn("admin", "not the password");

		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).endsWith("/login?error");
		assertThat(browser.get("").location()).endsWith("/login");
		assertThat(output).contains("\"action\":\"sign-in-failed\",\"actor\":\"admin\"");
	}

	@Test
	void anUnknownUserIsAnsweredExactlyLikeAWrongPassword() {
		WebClient.Response unknown = visitor().signIn("nobody", "admin");
		WebClient.Response wrong = visitor().signIn("admin", "nobody");

		assertThat(unknown.status()).isEqualTo(wrong.status());
		assertThat(unknown.location()).isEqualTo(wrong.location());
	}

	@Test
	void hostileCredentialsFailLikeWrongOnesWithoutServerError(CapturedOutput output) {
		String huge = "a".repeat(1_000_000);
		for (String[] credentials : new String[][] { { huge, "x" }, { "admin", huge },
				{ "admin\r\n{\"action\":\"sign-in\"}", "x" }, { "<script>alert(1)</script>", "' OR '1'='1" },
				{ "\u202Eadmin", "x" }, { "admin\u0000", "x" }, { "%ZZ%E0%A4%A", "\uD800" } }) {
			WebClient.Response answer = visitor().signIn(credentials[0], credentials[1]);

			assertThat(answer.status()).as(credentials[0].substring(0, Math.min(30, credentials[0].length())))
				.isEqualTo(302);
			assertThat(answer.location()).endsWith("/login?error");
		}
		assertThat(output.getOut().lines().filter(line -> line.contains("stepwise.audit")))
			.allSatisfy(
					line -> assertThat(line).hasSizeLessThan(1000).doesNotContain("<script>alert(1)</script>\u0000"))
			.noneMatch(line -> line.contains("\"action\":\"sign-in\",\"actor\":\"admin\\r\\n"));
	}

	@Test
	void aConfiguredUserSignsInWithThePasswordBehindTheirHashEvenWithLettersBeyondAscii(CapturedOutput output) {
		assertThat(visitor().signIn(CONFIGURED_USER, "wrong").location()).endsWith("/login?error");

		WebClient.Response answer = visitor().signIn(CONFIGURED_USER, CONFIGURED_PASSWORD);

		assertThat(answer.location()).isEqualTo("http://localhost:" + port + "/");
		assertThat(output).contains("\"action\":\"sign-in\",\"actor\":\"" + CONFIGURED_USER + "\"");
	}

	@Test
	void signingOutEndsTheSessionAndIsAudited(CapturedOutput output) {
		WebClient browser = signedIn("admin", "admin");
		WebClient stolen = visitor();
		stolen.setCookie("JSESSIONID", browser.cookie("JSESSIONID"));

		WebClient.Response answer = browser.post("logout", Map.of("_csrf", browser.csrfToken()));

		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).endsWith("/login?signed-out");
		assertThat(stolen.get("").location()).endsWith("/login");
		assertThat(output).contains("\"action\":\"sign-out\",\"actor\":\"admin\"");
	}

}
