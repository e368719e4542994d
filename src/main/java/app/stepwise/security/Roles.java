package app.stepwise.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The roles of Stepwise, as views and services name them in {@code @RolesAllowed}.
 * <ul>
 * <li>{@link #ADMIN}: an admin of a tenant; runs flows, files support requests and sees
 * their own.</li>
 * <li>{@link #SUPPORT}: support staff; everything an admin may do, and also works the
 * queue of support requests.</li>
 * </ul>
 * Because support staff may do everything an admin may, a person with {@code SUPPORT} is
 * granted {@code ADMIN} as well: checks name the narrowest role that is needed.
 */
public final class Roles {

	public static final String ADMIN = "ADMIN";

	public static final String SUPPORT = "SUPPORT";

	/** Spring Security's prefix for roles among a person's authorities. */
	static final String PREFIX = "ROLE_";

	private static final List<String> ALL = List.of(ADMIN, SUPPORT);

	private Roles() {
	}

	/** Every role there is. */
	public static List<String> all() {
		return ALL;
	}

	/** The role a name stands for, ignoring case; nothing for an unknown name. */
	public static Optional<String> byName(String name) {
		String upper = name.strip().toUpperCase(Locale.ROOT);
		return ALL.contains(upper) ? Optional.of(upper) : Optional.empty();
	}

	/**
	 * The authorities of a person with the given roles: each role, and {@code ADMIN} for
	 * {@code SUPPORT}.
	 */
	public static List<GrantedAuthority> authorities(Collection<String> roles) {
		Set<String> granted = new TreeSet<>();
		for (String role : roles) {
			granted.add(role);
			if (SUPPORT.equals(role)) {
				granted.add(ADMIN);
			}
		}
		return granted.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority(PREFIX + role)).toList();
	}

}
