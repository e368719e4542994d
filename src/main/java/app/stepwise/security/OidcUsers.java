package app.stepwise.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a person signed in with OpenID Connect (Microsoft Entra ID) into a Stepwise user:
 * their roles are the app roles in the ID token's roles claim that Stepwise knows, and
 * their name, as the audit log and support requests record it, is their sign-in name
 * ({@code preferred_username}, else {@code upn}, else {@code email}, else the subject). A
 * person without any Stepwise role cannot sign in.
 */
final class OidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

	/** The error code a person without a Stepwise role is turned away with. */
	static final String NO_ROLE = "stepwise_no_role";

	private static final List<String> NAME_CLAIMS = List.of("preferred_username", "upn", "email", "sub");

	private final OAuth2UserService<OidcUserRequest, OidcUser> delegate;

	private final String rolesClaim;

	OidcUsers(String rolesClaim) {
		this(new OidcUserService(), rolesClaim);
	}

	OidcUsers(OAuth2UserService<OidcUserRequest, OidcUser> delegate, String rolesClaim) {
		this.delegate = delegate;
		this.rolesClaim = rolesClaim;
	}

	/** A person signed in at the identity provider, but Stepwise gives them no role. */
	static final class NoRoleException extends OAuth2AuthenticationException {

		private final String account;

		NoRoleException(String account) {
			super(new OAuth2Error(NO_ROLE, "The account has no Stepwise app role (" + String.join(", ", Roles.all())
					+ "); assign one to it in the identity provider", null));
			this.account = account;
		}

		/** The account's sign-in name. */
		String account() {
			return account;
		}

	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = delegate.loadUser(request);
		List<String> roles = new ArrayList<>();
		List<String> claimed = user.getClaimAsStringList(rolesClaim);
		if (claimed != null) {
			claimed.forEach(name -> Roles.byName(name).filter(r -> !roles.contains(r)).ifPresent(roles::add));
		}
		String nameClaim = NAME_CLAIMS.stream()
			.filter(claim -> user.getClaimAsString(claim) != null && !user.getClaimAsString(claim).isBlank())
			.findFirst()
			.orElse("sub");
		if (roles.isEmpty()) {
			throw new NoRoleException(String.valueOf(user.getClaimAsString(nameClaim)));
		}
		return new DefaultOidcUser(Roles.authorities(roles), user.getIdToken(), user.getUserInfo(), nameClaim);
	}

}
