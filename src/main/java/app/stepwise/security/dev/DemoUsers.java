package app.stepwise.security.dev;

import app.stepwise.security.InvalidSecuritySettingsException;
import app.stepwise.security.Roles;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Users for trying Stepwise out, with passwords everybody knows (they are in the README):
 * {@code admin}/{@code admin} with the role ADMIN and {@code support}/{@code support}
 * with SUPPORT. They exist in development mode unless switched off, and never in
 * production mode: asking for them there stops the application.
 */
public final class DemoUsers {

	public static final String ADMIN = "admin";

	public static final String SUPPORT = "support";

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	private DemoUsers() {
	}

	/**
	 * The demo users, if they are wanted and allowed.
	 * @param wanted {@code stepwise.security.demo-users}; unset means "in development
	 * mode"
	 * @param developmentMode whether the application runs for development
	 * @throws InvalidSecuritySettingsException if they are wanted in production mode
	 */
	public static List<UserDetails> load(@Nullable Boolean wanted, boolean developmentMode, PasswordEncoder encoder) {
		if (!(wanted == null ? developmentMode : wanted)) {
			return List.of();
		}
		if (!developmentMode) {
			throw new InvalidSecuritySettingsException(List.of("stepwise.security.demo-users=true, but Stepwise runs in"
					+ " production mode. Demo users have passwords everybody knows; remove the setting and configure"
					+ " stepwise.security.users or Microsoft Entra ID."));
		}
		log.warn("Development mode: demo users '{}' and '{}' can sign in with their names as passwords."
				+ " Set stepwise.security.demo-users=false to remove them.", ADMIN, SUPPORT);
		return List.of(user(ADMIN, Roles.ADMIN, encoder), user(SUPPORT, Roles.SUPPORT, encoder));
	}

	private static UserDetails user(String name, String role, PasswordEncoder encoder) {
		return User.withUsername(name)
			.password(encoder.encode(name))
			.authorities(Roles.authorities(List.of(role)))
			.build();
	}

}
