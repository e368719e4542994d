package app.stepwise.tenant.internal;

import app.stepwise.tenant.CheckStatus;
import app.stepwise.tenant.Finding;
import app.stepwise.tenant.UserMatch;
import app.stepwise.tenant.UserSearch;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The type-ahead search for users: display names or user principal names starting with
 * what was typed ({@code $filter=startswith(…)}, User.Read.All), with
 * {@code ConsistencyLevel: eventual} and {@code $count}, which Graph's advanced queries
 * on directory objects ask for.
 */
final class UserFinder {

	/** The longest text searched for. */
	static final int MAX_PREFIX = 64;

	private UserFinder() {
	}

	static UserSearch search(TenantConnection tenant, String typed) {
		String prefix = GraphText.clean(typed, MAX_PREFIX);
		if (prefix.isEmpty()) {
			return new UserSearch(CheckStatus.OK, Finding.of("ui.tenant.search.type"), List.of());
		}
		String literal = Odata.literal(prefix);
		String filter = "startswith(displayName,'" + literal + "') or startswith(userPrincipalName,'" + literal + "')";
		String path = "/users?$filter=" + Odata.encode(filter) + "&$select=displayName,userPrincipalName&$top="
				+ UserSearch.LIMIT + "&$count=true";
		try {
			List<UserMatch> users = tenant.graph()
				.get(path, Map.of("ConsistencyLevel", "eventual"))
				.path("value")
				.values()
				.stream()
				.limit(UserSearch.LIMIT)
				.map(UserFinder::match)
				.filter(u -> !u.userPrincipalName().isEmpty())
				.sorted(Comparator.comparing(UserMatch::displayName, String.CASE_INSENSITIVE_ORDER))
				.toList();
			return new UserSearch(CheckStatus.OK, users.isEmpty() ? Finding.of("ui.tenant.search.none")
					: Finding.of("ui.tenant.search.found", "count", users.size()), users);
		}
		catch (GraphFailure ex) {
			StatusNotes.Noted noted = StatusNotes.of(ex, "User.Read.All", "", prefix);
			return new UserSearch(noted.status(), noted.note(), List.of());
		}
	}

	private static UserMatch match(JsonNode user) {
		return new UserMatch(GraphText.text(user, "userPrincipalName"), GraphText.text(user, "displayName"));
	}

}
