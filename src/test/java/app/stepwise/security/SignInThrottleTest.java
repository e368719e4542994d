package app.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/**
 * The counting behind the sign-in throttle, on a clock the test moves: five failures in a
 * row refuse a user name for fifteen minutes (the defaults).
 */
class SignInThrottleTest {

	private final MovableClock clock = new MovableClock();

	private final SignInThrottle throttle = new SignInThrottle(settings(5, Duration.ofMinutes(15)), clock);

	private static SecuritySettings settings(int maxFailures, Duration lockout) {
		return new SecuritySettings(SecuritySettings.SignIn.FORM, List.of(), null,
				new SecuritySettings.Oidc("entra", "roles"), new SecuritySettings.Throttle(maxFailures, lockout));
	}

	private void fail(String username, int times) {
		for (int i = 0; i < times; i++) {
			throttle.failed(username);
			clock.pass(Duration.ofSeconds(10));
		}
	}

	@Test
	void theFifthFailureInARowRefusesTheNameForTheLockout() {
		fail("anna@contoso.com", 4);
		assertThat(throttle.refusedFor("anna@contoso.com")).isEmpty();

		throttle.failed("anna@contoso.com");

		assertThat(throttle.refusedFor("anna@contoso.com")).contains(Duration.ofMinutes(15));
		clock.pass(Duration.ofMinutes(14));
		assertThat(throttle.refusedFor("anna@contoso.com")).contains(Duration.ofMinutes(1));
		clock.pass(Duration.ofMinutes(1));
		assertThat(throttle.refusedFor("anna@contoso.com")).isEmpty();
	}

	@Test
	void theNameIsCountedWhateverItsCaseOrSurroundingSpaces() {
		fail("Anna@Contoso.com", 2);
		fail(" anna@contoso.com ", 3);

		assertThat(throttle.refusedFor("ANNA@CONTOSO.COM")).isPresent();
		assertThat(throttle.refusedFor("bo@contoso.com")).isEmpty();
	}

	@Test
	void aSuccessfulSignInClearsTheCount() {
		fail("anna@contoso.com", 4);

		throttle.signedIn(new AuthenticationSuccessEvent(
				UsernamePasswordAuthenticationToken.authenticated("anna@contoso.com", null, List.of())));
		fail("anna@contoso.com", 4);

		assertThat(throttle.refusedFor("anna@contoso.com")).isEmpty();
	}

	@Test
	void failuresOlderThanTheLockoutNoLongerCount() {
		fail("anna@contoso.com", 4);
		clock.pass(Duration.ofMinutes(16));

		fail("anna@contoso.com", 4);

		assertThat(throttle.refusedFor("anna@contoso.com")).isEmpty();
	}

	@Test
	void afterTheLockoutTheNameStartsAgainFromNothing() {
		fail("anna@contoso.com", 5);
		clock.pass(Duration.ofMinutes(16));

		fail("anna@contoso.com", 4);

		assertThat(throttle.refusedFor("anna@contoso.com")).isEmpty();
	}

	@Test
	void aFloodOfInventedNamesNeitherGrowsWithoutBoundNorFreesANameUnderAttack() {
		fail("anna@contoso.com", 5);

		for (int i = 0; i < SignInThrottle.MAX_NAMES + 500; i++) {
			throttle.failed("invented-" + i);
		}

		assertThat(throttle.tracked()).isLessThanOrEqualTo(SignInThrottle.MAX_NAMES);
		assertThat(throttle.refusedFor("anna@contoso.com")).isPresent();
	}

	@Test
	void aVeryLongNameIsCountedByItsFirstHundredCharacters() {
		String name = "a".repeat(1_000_000);
		fail(name, 5);

		assertThat(throttle.refusedFor("a".repeat(100))).isPresent();
		assertThat(throttle.refusedFor(null)).isEmpty();
	}

	@Test
	void settingsThatWouldNeverOrAlwaysRefuseStopTheApplication() {
		assertThatThrownBy(() -> new SignInThrottle(settings(0, Duration.ZERO), clock)).isInstanceOfSatisfying(
				InvalidSecuritySettingsException.class,
				e -> assertThat(e.problems()).hasSize(2)
					.anySatisfy(p -> assertThat(p).contains("max-failures"))
					.anySatisfy(p -> assertThat(p).contains("lockout")));
	}

	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-11-22T09:00:00Z");

		void pass(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
