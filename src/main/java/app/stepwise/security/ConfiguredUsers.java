package app.stepwise.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The people who may sign in with the form, read from {@code stepwise.security.users}.
 * Every entry is checked at start-up, and every problem is reported at once.
 */
final class ConfiguredUsers {

	/** Longest user name; also the longest name the sign-in form looks up. */
	static final int MAX_USERNAME_LENGTH = 100;

	/** Letters, digits and the punctuation of e-mail addresses; nothing invisible. */
	private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@+-]{1," + MAX_USERNAME_LENGTH + "}");

	/** What Spring Security's BCrypt encoder accepts. */
	private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./0-9A-Za-z]{53}");

	private static final String BCRYPT_PREFIX = "{bcrypt}";

	private ConfiguredUsers() {
	}

	/**
	 * The users as Spring Security's user details, their passwords as the BCrypt hashes
	 * given.
	 * @throws InvalidSecuritySettingsException listing every problem found
	 */
	static List<UserDetails> read(List<SecuritySettings.User> users) {
		List<String> problems = new ArrayList<>();
		List<UserDetails> result = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < users.size(); i++) {
			SecuritySettings.User user = users.get(i);
			String at = "stepwise.security.users[" + i + "]";
			String username = user.username();
			int before = problems.size();
			if (username == null || !USERNAME.matcher(username).matches()) {
				problems.add(at + ".username must be 1 to " + MAX_USERNAME_LENGTH
						+ " letters, digits or . _ @ + - (no spaces)");
			}
			else if (!seen.add(username.toLowerCase(Locale.ROOT))) {
				problems.add(at + ".username '" + username + "' is given twice (names ignore case)");
			}
			String hash = user.passwordHash() == null ? "" : user.passwordHash().strip();
			if (hash.startsWith(BCRYPT_PREFIX)) {
				hash = hash.substring(BCRYPT_PREFIX.length());
			}
			if (!BCRYPT.matcher(hash).matches()) {
				problems.add(at + ".password-hash is not a BCrypt hash (it must look like $2a$10$ followed by 53"
						+ " characters); never put the password itself here");
			}
			List<String> roles = new ArrayList<>();
			for (String role : user.roles()) {
				Roles.byName(role)
					.ifPresentOrElse(roles::add, () -> problems
						.add(at + ".roles names an unknown role '" + role + "'; roles are " + Roles.all()));
			}
			if (user.roles().isEmpty()) {
				problems.add(at + ".roles is empty; give " + Roles.all());
			}
			if (problems.size() == before && username != null) {
				result.add(User.withUsername(username).password(hash).authorities(Roles.authorities(roles)).build());
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidSecuritySettingsException(problems);
		}
		return result;
	}

}
