package app.stepwise.tenant.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;

/**
 * What judging inbox rules needs beyond the rules: the organization's verified domains
 * ({@code GET /organization}, Organization.Read.All), to tell forwarding outside from
 * inside, and where rules move mail ({@code GET /users/{id}/mailFolders/{id}},
 * Mail.ReadBasic.All, optional). Without either permission the answer is "unknown", never
 * a guess.
 */
final class MailboxFacts {

	/** The permission to read the verified domains. */
	static final String DOMAINS_PERMISSION = "Organization.Read.All";

	/** The permission to read folder names; optional, see the README. */
	static final String FOLDERS_PERMISSION = "Mail.ReadBasic.All";

	/** Folders a rule hides mail in, by their well-known names in Graph. */
	private static final List<String> HIDING_FOLDERS = List.of("deleteditems", "archive", "junkemail",
			"conversationhistory");

	/** The most folders looked up for one user. */
	private static final int MAX_FOLDERS = 5;

	private MailboxFacts() {
	}

	/**
	 * The verified domains, lower-case; nothing when the app may not read them.
	 * @throws GraphFailure for anything but a missing permission
	 */
	static @Nullable Set<String> verifiedDomains(GraphClient graph) throws GraphFailure {
		try {
			Set<String> domains = new HashSet<>();
			for (JsonNode organization : graph.get("/organization?$select=verifiedDomains").path("value").values()) {
				for (JsonNode domain : organization.path("verifiedDomains").values()) {
					domains.add(domain.path("name").asString("").toLowerCase(Locale.ROOT));
				}
			}
			return domains;
		}
		catch (GraphFailure ex) {
			if (ex.kind() == GraphFailure.Kind.NOT_PERMITTED) {
				return null;
			}
			throw ex;
		}
	}

	/**
	 * Whether an address is outside the verified domains (addresses without @ are
	 * inside).
	 */
	static boolean outside(String address, Set<String> domains) {
		int at = address.lastIndexOf('@');
		return at >= 0 && !domains.contains(address.substring(at + 1).toLowerCase(Locale.ROOT));
	}

	/**
	 * A folder a rule moves mail to: its name, and whether it hides mail from the user.
	 */
	record Folder(String name, boolean hiding) {
	}

	/**
	 * The folders with the given ids; nothing when the app may not read folders.
	 * @throws GraphFailure for anything but a missing permission
	 */
	static @Nullable Map<String, Folder> folders(GraphClient graph, String userId, Set<String> ids)
			throws GraphFailure {
		Map<String, Folder> folders = new HashMap<>();
		if (ids.isEmpty()) {
			return folders;
		}
		try {
			Set<String> hiding = new HashSet<>();
			for (String wellKnown : HIDING_FOLDERS) {
				try {
					hiding.add(graph.get(folder(userId, wellKnown) + "?$select=id").path("id").asString(""));
				}
				catch (GraphFailure ex) {
					if (ex.kind() != GraphFailure.Kind.NOT_FOUND) {
						throw ex;
					}
				}
			}
			for (String id : ids.stream().limit(MAX_FOLDERS).toList()) {
				JsonNode found = graph.get(folder(userId, id) + "?$select=id,displayName");
				String name = GraphText.text(found, "displayName");
				folders.put(id, new Folder(name, hiding.contains(id) || name.toLowerCase(Locale.ROOT).contains("rss")));
			}
			return folders;
		}
		catch (GraphFailure ex) {
			if (ex.kind() == GraphFailure.Kind.NOT_PERMITTED) {
				return null;
			}
			throw ex;
		}
	}

	private static String folder(String userId, String folder) {
		return "/users/" + userId + "/mailFolders/"
				+ UriUtils.encodePathSegment(folder, java.nio.charset.StandardCharsets.UTF_8);
	}

}
