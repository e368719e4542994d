package app.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import app.stepwise.base.AuditEvent;
import app.stepwise.base.JobLock;
import app.stepwise.base.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/**
 * The counting behind the sign-in throttle, on a clock the test moves and a database of
 * its own: five failures in a row refuse a user name for fifteen minutes (the defaults).
 */
class SignInThrottleTest {

	private final MovableClock clock = new MovableClock();

	private final TestDatabase.Server server = TestDatabase.h2().connect();

	private final List<AuditEvent> audited = new ArrayList<>();

	private final SignInThrottle throttle = throttle(settings(5, Duration.ofMinutes(15)), 100);

	private SignInThrottle throttle(SecuritySettings settings, int maxNames) {
		return new SignInThrottle(settings, clock, server.jdbc(), server.transactions(),
				event -> audited.add((AuditEvent) event), new JobLock(server.jdbc()), maxNames);
	}

	@AfterEach
	void disconnect() {
		server.close();
	}

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
	void theFifthFailureInARowRefusesTheNameForTheLockoutAndIsAudited() {
		fail("anna@contoso.com", 4);
		assertThat(throttle.refusedFor("anna@contoso.com")).isEmpty();
		assertThat(audited).isEmpty();

		throttle.failed("anna@contoso.com");

		assertThat(throttle.refusedFor("anna@contoso.com")).contains(Duration.ofMinutes(15));
		assertThat(audited).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo(AuditEvent.SIGN_IN_LOCKED);
			assertThat(e.actor()).isEqualTo("anna@contoso.com");
		});
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

		// The limit is 100 names here; 10,000 in the application.
		for (int i = 0; i < 150; i++) {
			throttle.failed("invented-" + i);
		}

		assertThat(throttle.tracked()).isLessThanOrEqualTo(100);
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
	void countsThatNoLongerCountAreCleanedUp() {
		fail("anna@contoso.com", 2);
		clock.pass(Duration.ofMinutes(16));
		fail("bo@contoso.com", 1);

		throttle.cleanUp();

		assertThat(throttle.tracked()).isEqualTo(1);
		assertThat(throttle.failures("bo@contoso.com")).isEqualTo(1);
	}

	@Test
	void settingsThatWouldNeverOrAlwaysRefuseStopTheApplication() {
		assertThatThrownBy(() -> throttle(settings(0, Duration.ZERO), 100)).isInstanceOfSatisfying(
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
