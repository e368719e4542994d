package app.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.DevelopmentMode;
import app.stepwise.security.dev.DemoUsers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The users who may sign in with the form come from configuration and are checked when
 * the application starts; the demo users exist only for development.
 */
class UserSettingsTest {

	/** BCrypt of "kørsel på čevapčiči". */
	private static final String HASH = "$2a$10$8lkWDNzAiAzDD0mk6AUBV.JrUW77z/1w5ZE2mv6ZtH.BNYJdBLuPu";

	private static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder(4);

	private static SecuritySettings settings(List<SecuritySettings.User> users, Boolean demoUsers) {
		return new SecuritySettings(SecuritySettings.SignIn.FORM, users, demoUsers,
				new SecuritySettings.Oidc("entra", "roles"), new SecuritySettings.Throttle(5, Duration.ofMinutes(15)));
	}

	private static DevelopmentMode mode(boolean development) {
		return new DevelopmentMode(
				new MockEnvironment().withProperty("stepwise.development", String.valueOf(development)));
	}

	private static UserDetailsService users(SecuritySettings settings, boolean development) {
		return new SecurityConfiguration().userDetailsService(settings, mode(development), ENCODER);
	}

	@Test
	void aConfiguredUserHasTheirHashAndRolesAndSupportIncludesAdmin() {
		UserDetails user = users(settings(List.of(new SecuritySettings.User("anna", HASH, List.of("support"))), false),
				false)
			.loadUserByUsername("anna");

		assertThat(user.getPassword()).isEqualTo(HASH);
		assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_SUPPORT");
		assertThat(ENCODER.matches("kørsel på čevapčiči", user.getPassword())).isTrue();
	}

	@Test
	void everyProblemInTheUserSettingsIsListedAtOnceWithoutRevealingHashes() {
		List<SecuritySettings.User> users = List.of(new SecuritySettings.User("anna", "secret123", List.of("ADMIN")),
				new SecuritySettings.User("bo <script>", HASH, List.of("ADMIN")),
				new SecuritySettings.User("Anna", HASH, List.of("ADMIN")),
				new SecuritySettings.User("cy", HASH, List.of("OWNER")),
				new SecuritySettings.User("dan", HASH, List.of()),
				new SecuritySettings.User(null, HASH, List.of("ADMIN")));

		assertThatThrownBy(() -> users(settings(users, false), false))
			.isInstanceOfSatisfying(InvalidSecuritySettingsException.class, e -> {
				assertThat(e.problems()).hasSize(6);
				assertThat(e.getMessage())
					.contains("users[0].password-hash is not a BCrypt hash", "users[1].username must be",
							"users[2].username 'Anna' is given twice", "users[3].roles names an unknown role 'OWNER'",
							"users[4].roles is empty", "users[5].username must be")
					.doesNotContain("secret123");
			});
	}

	@Test
	void inDevelopmentTheDemoUsersExistUnlessSwitchedOff() {
		assertThat(users(settings(List.of(), null), true).loadUserByUsername(DemoUsers.SUPPORT).getAuthorities())
			.extracting(GrantedAuthority::getAuthority)
			.contains("ROLE_SUPPORT");
		assertThat(DemoUsers.load(false, true, ENCODER)).isEmpty();
	}

	@Test
	void inProductionTheDemoUsersDoNotExist() {
		UserDetailsService users = users(
				settings(List.of(new SecuritySettings.User("anna", HASH, List.of("ADMIN"))), null), false);

		assertThatThrownBy(() -> users.loadUserByUsername(DemoUsers.ADMIN))
			.isInstanceOf(UsernameNotFoundException.class);
	}

	@Test
	void askingForTheDemoUsersInProductionStopsTheApplication() {
		assertThatThrownBy(() -> users(settings(List.of(), true), false))
			.isInstanceOf(InvalidSecuritySettingsException.class)
			.hasMessageContaining("stepwise.security.demo-users=true, but Stepwise runs in production mode");
	}

	@Test
	void aProductionSetupWithoutAnyUserStopsTheApplication() {
		assertThatThrownBy(() -> users(settings(List.of(), null), false))
			.isInstanceOf(InvalidSecuritySettingsException.class)
			.hasMessageContaining("Nobody can sign in");
	}

	@Test
	void theRefusalToStartSaysWhatToCorrectInsteadOfATrace() {
		InvalidSecuritySettingsException problem = new InvalidSecuritySettingsException(List.of("one", "two"));

		FailureAnalysis analysis = new InvalidSecuritySettingsFailureAnalyzer().analyze(problem);

		assertThat(analysis.getDescription()).contains("2 problem(s)", "  - one", "  - two");
		assertThat(analysis.getAction()).contains("stepwise.security");
	}

}
