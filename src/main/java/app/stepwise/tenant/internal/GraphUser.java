package app.stepwise.tenant.internal;

import java.time.Instant;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;

/**
 * The user a run of checks is about, as {@code GET /users/{upn}} describes them
 * (User.Read.All). Every check about a user starts from here: it gives the object id that
 * other requests need.
 *
 * @param id the object id (a GUID, checked, so it can be put into a filter)
 * @param userPrincipalName the sign-in name
 * @param displayName the display name, cleaned and cut
 * @param accountEnabled whether sign-in is allowed; null when Graph did not say
 * @param synced whether the account is synced from on-premises Active Directory
 * @param lastPasswordChange when the password was last changed, if known
 * @param exchangeLicence whether an enabled Exchange Online service plan is assigned
 */
record GraphUser(String id, String userPrincipalName, String displayName, @Nullable Boolean accountEnabled,
		boolean synced, @Nullable Instant lastPasswordChange, boolean exchangeLicence) {

	static final String SELECT = "id,displayName,userPrincipalName,accountEnabled,onPremisesSyncEnabled,"
			+ "lastPasswordChangeDateTime,assignedPlans";

	private static final Pattern GUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	/** The longest user principal name looked up; Entra ID allows 113 characters. */
	static final int MAX_NAME = 256;

	/** Whether the text can be a user principal name at all (before asking Graph). */
	static boolean plausible(String userPrincipalName) {
		return userPrincipalName.length() <= MAX_NAME && userPrincipalName.indexOf('@') > 0
				&& userPrincipalName.codePoints()
					.noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
							|| Character.getType(c) == Character.FORMAT || c == '/' || c == '\\');
	}

	/** The request for a user, their name encoded as one path segment. */
	static String path(String userPrincipalName) {
		return "/users/" + UriUtils.encodePathSegment(userPrincipalName, java.nio.charset.StandardCharsets.UTF_8)
				+ "?$select=" + SELECT;
	}

	/** Reads Graph's answer; an id that is not a GUID makes the answer unusable. */
	static GraphUser of(JsonNode user) throws GraphFailure {
		String id = user.path("id").asString("");
		if (!GUID.matcher(id).matches()) {
			throw new GraphFailure(GraphFailure.Kind.UNEXPECTED, "user id");
		}
		boolean exchange = false;
		for (JsonNode plan : user.path("assignedPlans").values()) {
			exchange |= "exchange".equalsIgnoreCase(plan.path("service").asString(""))
					&& "enabled".equalsIgnoreCase(plan.path("capabilityStatus").asString(""));
		}
		return new GraphUser(id, GraphText.text(user, "userPrincipalName"), GraphText.text(user, "displayName"),
				GraphText.bool(user, "accountEnabled"),
				Boolean.TRUE.equals(GraphText.bool(user, "onPremisesSyncEnabled")),
				GraphText.time(user, "lastPasswordChangeDateTime"), exchange);
	}

}
