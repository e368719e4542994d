package app.stepwise.tenant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.flow.CheckSignal;
import app.stepwise.flow.TenantCheck;
import app.stepwise.tenant.CheckResult;
import app.stepwise.tenant.CheckStatus;
import app.stepwise.tenant.Finding;
import app.stepwise.tenant.GraphStandIn;
import app.stepwise.tenant.GraphStandIn.Reply;
import app.stepwise.tenant.Suggestion;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The inbox rules check (MailboxSettings.Read) lists enabled rules that forward outside
 * the verified domains (Organization.Read.All), delete, mark as read, or move mail where
 * it goes unnoticed (folder names: Mail.ReadBasic.All, optional); without a helper
 * permission it says what it cannot tell instead of guessing.
 */
class InboxRulesCheckTest {

	private static final String RULES = "/users/" + StandInTenant.USER_ID + "/mailFolders/inbox/messageRules";

	private static final String FOLDERS = "/users/" + StandInTenant.USER_ID + "/mailFolders/";

	private final GraphStandIn graph = GraphStandIn.start();

	@BeforeEach
	void user() {
		StandInTenant.withUser(graph);
		graph.on("/organization", Reply
			.json("""
					{"value":[{"verifiedDomains":[{"name":"contoso.example"},{"name":"Contoso.onmicrosoft.example"}]}]}"""));
	}

	@AfterEach
	void stop() {
		graph.close();
	}

	private static Finding rule(String name, String action, String target) {
		return new Finding("ui.tenant.inbox-rules.rule", Map.of("rule", name, "action", action, "target", target));
	}

	private void folders() {
		for (String wellKnown : new String[] { "deleteditems", "archive", "junkemail", "conversationhistory" }) {
			graph.on(FOLDERS + wellKnown, Reply.json("{\"id\":\"F-" + wellKnown + "\"}"));
		}
		graph.on(FOLDERS + "F-rss", Reply.json("{\"id\":\"F-rss\",\"displayName\":\"RSS-flöden\"}"))
			.on(FOLDERS + "F-news", Reply.json("{\"id\":\"F-news\",\"displayName\":\"Newsletters\"}"))
			.on(FOLDERS + "F-deleteditems", Reply.json("{\"id\":\"F-deleteditems\",\"displayName\":\"Borttaget\"}"));
	}

	@Test
	void forwardingOutsideDeletingAndHidingAreSignsButInsideForwardingAndFilingAreNot() {
		folders();
		graph.on(RULES, Reply
			.json("""
					{"value":[
					 {"displayName":"..","isEnabled":true,"actions":{
					   "forwardTo":[{"emailAddress":{"address":"drop@evil.example"}},{"emailAddress":{"address":"boss@CONTOSO.example"}}],
					   "moveToFolder":"F-rss","markAsRead":true}},
					 {"displayName":"Gone","isEnabled":true,"actions":{"permanentDelete":true,
					   "redirectTo":[{"emailAddress":{"address":"x@contoso.onmicrosoft.example"}}]}},
					 {"displayName":"Trash","isEnabled":true,"actions":{"moveToFolder":"F-deleteditems",
					   "forwardAsAttachmentTo":[{"emailAddress":{"address":"copy@elsewhere.example"}}]}},
					 {"displayName":"News","isEnabled":true,"actions":{"moveToFolder":"F-news"}},
					 {"displayName":"Old","isEnabled":false,"actions":{"delete":true}}]}"""));

		CheckResult result = StandInTenant.run(graph, TenantCheck.INBOX_RULES);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(result.note()).isEqualTo(Finding.of("ui.tenant.inbox-rules.suspicious", "count", 6));
		assertThat(result.facts()).containsExactly(rule("..", "forwardTo", "drop@evil.example"),
				rule("..", "markAsRead", ""), rule("..", "moveHidden", "RSS-flöden"), rule("Gone", "delete", ""),
				rule("Trash", "forwardAsAttachmentTo", "copy@elsewhere.example"),
				rule("Trash", "moveHidden", "Borttaget"));
		assertThat(result.suggestions()).singleElement()
			.isEqualTo(
					new Suggestion(CheckSignal.INBOX_RULES_SUSPICIOUS, rule("..", "forwardTo", "drop@evil.example")));
	}

	@Test
	void withoutTheOrganizationsDomainsEveryForwardIsListedAndTheMissingPermissionNamed() {
		graph.on("/organization", Reply.error(403, "Authorization_RequestDenied", "Insufficient privileges."))
			.on(RULES, Reply.json("""
					{"value":[{"displayName":"Copy","isEnabled":true,"actions":{
					  "forwardTo":[{"emailAddress":{"address":"boss@contoso.example"}}]}}]}"""));

		CheckResult result = StandInTenant.run(graph, TenantCheck.INBOX_RULES);

		assertThat(result.facts()).contains(rule("Copy", "forwardToUnknown", "boss@contoso.example"),
				Finding.of("ui.tenant.inbox-rules.domains-unknown", "permission", "Organization.Read.All"));
	}

	@Test
	void withoutFolderAccessAMoveIsUnclearNotSuspicious() {
		graph.on(FOLDERS + "deleteditems", Reply.error(403, "ErrorAccessDenied", "Access is denied."))
			.on(RULES, Reply.json("""
					{"value":[{"displayName":"Filed","isEnabled":true,"actions":{"moveToFolder":"F-x"}}]}"""));

		CheckResult result = StandInTenant.run(graph, TenantCheck.INBOX_RULES);

		assertThat(result.note()).isEqualTo(Finding.of("ui.tenant.inbox-rules.clean", "count", 1));
		assertThat(result.facts()).contains(rule("Filed", "moveUnknown", ""),
				Finding.of("ui.tenant.inbox-rules.folders-unknown", "permission", "Mail.ReadBasic.All"));
		assertThat(result.suggestions()).isEmpty();
	}

	@Test
	void rulesOnLaterPagesAreRead() {
		graph.on(RULES, Reply.json("""
				{"@odata.nextLink":"%s/v1.0%s?$skiptoken=p2","value":[]}""".formatted(graph.root(), RULES)))
			.on(RULES, "$skiptoken=p2", Reply.json("""
					{"value":[{"displayName":"Late","isEnabled":true,"actions":{"delete":true}}]}"""));

		assertThat(StandInTenant.run(graph, TenantCheck.INBOX_RULES).facts()).contains(rule("Late", "delete", ""));
	}

	@Test
	void aUserWithoutAMailboxHasNoRules() {
		graph.on(RULES, Reply.error(404, "MailboxNotEnabledForRESTAPI", "The mailbox is either inactive..."));

		CheckResult result = StandInTenant.run(graph, TenantCheck.INBOX_RULES);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(result.note()).isEqualTo(Finding.of("ui.tenant.inbox-rules.no-mailbox"));
	}

	@Test
	void withoutMailboxSettingsReadTheCheckNamesIt() {
		graph.on(RULES, Reply.error(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again."));

		assertThat(StandInTenant.run(graph, TenantCheck.INBOX_RULES).note())
			.isEqualTo(Finding.of("ui.tenant.status.not-permitted", "permission", "MailboxSettings.Read"));
	}

}
