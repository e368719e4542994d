package app.stepwise.security;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How people sign in, from {@code stepwise.security.*}.
 *
 * @param signIn {@code form} for the built-in sign-in with {@link #users}, or
 * {@code oidc} for OpenID Connect with Microsoft Entra ID (client registration
 * {@code entra})
 * @param users the people who may sign in with the built-in form
 * @param demoUsers whether the demo users exist; unset means "in development mode only",
 * and {@code true} in production mode stops the application
 * @param oidc settings of the OpenID Connect sign-in
 * @param throttle how failed sign-ins with the form slow down password guessing
 */
@ConfigurationProperties("stepwise.security")
public record SecuritySettings(@DefaultValue("form") SignIn signIn, @DefaultValue List<User> users,
		@Nullable Boolean demoUsers, @DefaultValue Oidc oidc, @DefaultValue Throttle throttle) {

	/** The ways to sign in. */
	public enum SignIn {

		/** A sign-in form, with users from configuration. */
		FORM,

		/** OpenID Connect, e.g. Microsoft Entra ID. */
		OIDC

	}

	/**
	 * A person who may sign in with the form.
	 *
	 * @param username what they type as user name; also the name the audit log and
	 * support requests record
	 * @param passwordHash a BCrypt hash of their password ({@code $2a$}, {@code $2b$} or
	 * {@code $2y$}), never the password itself
	 * @param roles {@code ADMIN} and/or {@code SUPPORT}
	 */
	public record User(@Nullable String username, @Nullable String passwordHash, @DefaultValue List<String> roles) {

		@Override
		public String toString() {
			return "User[" + username + ", roles=" + roles + "]";
		}

	}

	/**
	 * The OpenID Connect sign-in.
	 *
	 * @param registrationId the Spring client registration to use
	 * @param rolesClaim the ID token claim that lists the person's app roles
	 */
	public record Oidc(@DefaultValue("entra") String registrationId, @DefaultValue("roles") String rolesClaim) {
	}

	/**
	 * Failed sign-ins with the form, counted per user name (known or not).
	 *
	 * @param maxFailures failures in a row after which the user name is refused
	 * @param lockout how long it is then refused, even with the right password; also how
	 * long a failure counts
	 */
	public record Throttle(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockout) {
	}

}
