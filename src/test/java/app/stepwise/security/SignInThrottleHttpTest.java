package app.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.HttpTest;
import app.stepwise.WebClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.context.TestPropertySource;

/**
 * The sign-in throttle over HTTP, with three failures and a lockout of a few seconds so
 * that the test can see it end: the right password is refused while it lasts, other
 * people are not affected, and the refusal is in the audit log.
 */
@TestPropertySource(
		properties = { "stepwise.security.throttle.max-failures=3", "stepwise.security.throttle.lockout=4s" })
class SignInThrottleHttpTest extends HttpTest {

	@Autowired
	private SignInThrottle throttle;

	@Test
	void afterTooManyWrongPasswordsEvenTheRightOneIsRefusedUntilTheLockoutEnds(CapturedOutput output)
			throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			assertThat(visitor().signIn(CONFIGURED_USER, "wrong " + i).location()).endsWith("/login?error");
		}

		WebClient browser = visitor();
		WebClient.Response refused = browser.signIn(CONFIGURED_USER, CONFIGURED_PASSWORD);

		assertThat(refused.status()).isEqualTo(302);
		assertThat(refused.location()).endsWith("/login?error");
		assertThat(browser.get("").location()).endsWith("/login");
		assertThat(output).contains("\"action\":\"sign-in-failed\",\"actor\":\"" + CONFIGURED_USER + "\"",
				"ThrottledException");
		assertThat(visitor().signIn("admin", "admin").location()).isEqualTo("http://localhost:" + port + "/");

		Duration left = throttle.refusedFor(CONFIGURED_USER).orElseThrow();
		Thread.sleep(left.toMillis() + 100);

		assertThat(visitor().signIn(CONFIGURED_USER, CONFIGURED_PASSWORD).location())
			.isEqualTo("http://localhost:" + port + "/");
	}

}
