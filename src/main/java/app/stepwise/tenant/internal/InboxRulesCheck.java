package app.stepwise.tenant.internal;

import app.stepwise.flow.CheckSignal;
import app.stepwise.flow.TenantCheck;
import app.stepwise.tenant.Finding;
import app.stepwise.tenant.Suggestion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Inbox rules that are signs of a compromise ({@code GET
 * /users/{id}/mailFolders/inbox/messageRules}, MailboxSettings.Read): rules that forward,
 * redirect or forward as attachment to addresses outside the organization's verified
 * domains, delete mail, mark it as read, or move it where the user does not look (Deleted
 * Items, Archive, Junk Email, Conversation History, an RSS folder). Only enabled rules
 * count; only the suspicious ones are listed, with their name and target. No mail is
 * read.
 */
final class InboxRulesCheck implements Check {

	/** The most findings listed. */
	static final int MAX_FINDINGS = 10;

	private static final List<String> FORWARDING = List.of("forwardTo", "redirectTo", "forwardAsAttachmentTo");

	@Override
	public TenantCheck name() {
		return TenantCheck.INBOX_RULES;
	}

	@Override
	public String permission() {
		return "MailboxSettings.Read";
	}

	@Override
	public Outcome run(GraphClient graph, @Nullable GraphUser user) throws GraphFailure {
		String id = Objects.requireNonNull(user).id();
		List<JsonNode> rules;
		try {
			rules = graph.list("/users/" + id + "/mailFolders/inbox/messageRules", 100)
				.items()
				.stream()
				.filter(r -> !Boolean.FALSE.equals(GraphText.bool(r, "isEnabled")))
				.toList();
		}
		catch (GraphFailure ex) {
			if (ex.kind() == GraphFailure.Kind.NOT_FOUND) {
				Finding none = Finding.of("ui.tenant.inbox-rules.no-mailbox");
				return new Outcome(none, List.of(none), List.of());
			}
			throw ex;
		}
		boolean forwards = rules.stream()
			.anyMatch(r -> FORWARDING.stream().anyMatch(f -> !r.path("actions").path(f).isEmpty()));
		Set<String> domains = forwards ? MailboxFacts.verifiedDomains(graph) : Set.of();
		Set<String> folderIds = new LinkedHashSet<>();
		rules.forEach(r -> r.path("actions").path("moveToFolder").asStringOpt().ifPresent(folderIds::add));
		Map<String, MailboxFacts.Folder> folders = MailboxFacts.folders(graph, id, folderIds);
		List<Finding> suspicious = new ArrayList<>();
		List<Finding> unclear = new ArrayList<>();
		for (JsonNode rule : rules) {
			judge(rule, domains, folders, suspicious, unclear);
		}
		List<Finding> facts = new ArrayList<>();
		Finding headline = suspicious.isEmpty() ? Finding.of("ui.tenant.inbox-rules.clean", "count", rules.size())
				: Finding.of("ui.tenant.inbox-rules.suspicious", "count", suspicious.size());
		facts.add(headline);
		facts.addAll(suspicious.stream().limit(MAX_FINDINGS).toList());
		facts.addAll(unclear.stream().limit(MAX_FINDINGS).toList());
		if (domains == null) {
			facts.add(
					Finding.of("ui.tenant.inbox-rules.domains-unknown", "permission", MailboxFacts.DOMAINS_PERMISSION));
		}
		if (folders == null) {
			facts.add(
					Finding.of("ui.tenant.inbox-rules.folders-unknown", "permission", MailboxFacts.FOLDERS_PERMISSION));
		}
		List<Suggestion> suggestions = suspicious.isEmpty() ? List.of()
				: List.of(new Suggestion(CheckSignal.INBOX_RULES_SUSPICIOUS, suspicious.getFirst()));
		return new Outcome(headline, facts, suggestions);
	}

	private static void judge(JsonNode rule, @Nullable Set<String> domains,
			@Nullable Map<String, MailboxFacts.Folder> folders, List<Finding> suspicious, List<Finding> unclear) {
		String name = GraphText.text(rule, "displayName");
		JsonNode actions = rule.path("actions");
		for (String forwarding : FORWARDING) {
			for (JsonNode recipient : actions.path(forwarding).values()) {
				String address = GraphText.text(recipient.path("emailAddress"), "address");
				if (domains == null || MailboxFacts.outside(address, domains)) {
					suspicious.add(finding(name, domains == null ? forwarding + "Unknown" : forwarding, address));
				}
			}
		}
		if (Boolean.TRUE.equals(GraphText.bool(actions, "delete"))
				|| Boolean.TRUE.equals(GraphText.bool(actions, "permanentDelete"))) {
			suspicious.add(finding(name, "delete", ""));
		}
		if (Boolean.TRUE.equals(GraphText.bool(actions, "markAsRead"))) {
			suspicious.add(finding(name, "markAsRead", ""));
		}
		String folderId = actions.path("moveToFolder").asString("");
		if (!folderId.isEmpty()) {
			MailboxFacts.Folder folder = folders == null ? null : folders.get(folderId);
			if (folder == null) {
				unclear.add(finding(name, "moveUnknown", ""));
			}
			else if (folder.hiding()) {
				suspicious.add(finding(name, "moveHidden", folder.name()));
			}
		}
	}

	private static Finding finding(String rule, String action, String target) {
		return new Finding("ui.tenant.inbox-rules.rule", Map.of("rule", rule, "action", action, "target", target));
	}

}
