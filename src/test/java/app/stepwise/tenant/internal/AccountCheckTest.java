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
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The account check reads {@code /users/{upn}} (User.Read.All) and reports sign-in
 * status, on-premises sync, the last password change and the Exchange licence; a user who
 * does not exist, or a missing permission, is said so for every check about the user.
 */
class AccountCheckTest {

	private final GraphStandIn graph = GraphStandIn.start();

	@AfterEach
	void stop() {
		graph.close();
	}

	@Test
	void aBlockedSyncedAccountWithAMailboxIsDescribedAndSuggestsBlocked() {
		StandInTenant.withUser(graph, """
				"accountEnabled":false,"onPremisesSyncEnabled":true,
				"lastPasswordChangeDateTime":"2026-10-01T08:00:00Z",
				"assignedPlans":[{"service":"exchange","capabilityStatus":"Enabled"},
				                 {"service":"SharePoint","capabilityStatus":"Enabled"}]""");

		CheckResult result = StandInTenant.run(graph, TenantCheck.ACCOUNT);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(result.note()).isEqualTo(Finding.of("ui.tenant.account.blocked"));
		// The headline is not repeated among the facts below it.
		assertThat(result.facts()).containsExactly(Finding.of("ui.tenant.account.name", "name", "Anna Berg"),
				Finding.of("ui.tenant.account.synced"),
				Finding.of("ui.tenant.account.password-changed", "time", Instant.parse("2026-10-01T08:00:00Z")),
				Finding.of("ui.tenant.account.mailbox-licence"));
		assertThat(result.suggestions()).extracting(Suggestion::signal).containsExactly(CheckSignal.ACCOUNT_BLOCKED);
		assertThat(graph.graphRequests()).singleElement()
			.satisfies(r -> assertThat(r.query()).contains("$select=id,displayName,userPrincipalName,accountEnabled"));
	}

	@Test
	void anEnabledCloudAccountWithoutExchangeSuggestsNothing() {
		StandInTenant.withUser(graph, """
				"accountEnabled":true,"onPremisesSyncEnabled":null,
				"assignedPlans":[{"service":"exchange","capabilityStatus":"Deleted"}]""");

		CheckResult result = StandInTenant.run(graph, TenantCheck.ACCOUNT);

		assertThat(result.note()).isEqualTo(Finding.of("ui.tenant.account.enabled"));
		assertThat(result.facts()).doesNotContain(Finding.of("ui.tenant.account.enabled"))
			.contains(Finding.of("ui.tenant.account.cloud-only"), Finding.of("ui.tenant.account.password-unknown"),
					Finding.of("ui.tenant.account.no-mailbox-licence"));
		assertThat(result.suggestions()).isEmpty();
	}

	@Test
	void aUserWhoDoesNotExistIsNotFoundForEveryCheckAboutThemButServiceHealthStillRuns() {
		graph.on("/admin/serviceAnnouncement/healthOverviews", Reply.json("{\"value\":[]}"))
			.on("/admin/serviceAnnouncement/issues", Reply.json("{\"value\":[]}"));

		List<CheckResult> results = StandInTenant.runner()
			.run(StandInTenant.connect(graph), "nobody@contoso.example",
					List.of(TenantCheck.ACCOUNT, TenantCheck.MFA, TenantCheck.SERVICE_HEALTH));

		assertThat(results).extracting(CheckResult::status)
			.containsExactly(CheckStatus.NOT_FOUND, CheckStatus.NOT_FOUND, CheckStatus.OK);
		assertThat(results.getFirst().note())
			.isEqualTo(Finding.of("ui.tenant.status.user-not-found", "user", "nobody@contoso.example"));
		assertThat(graph.graphRequests()).filteredOn(r -> r.path().startsWith("/v1.0/users/")).hasSize(1);
	}

	@Test
	void withoutUserReadAllEveryCheckAboutTheUserNamesThatPermission() {
		graph.on("/users/" + StandInTenant.UPN,
				Reply.error(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation."));

		List<CheckResult> results = StandInTenant.runner()
			.run(StandInTenant.connect(graph), StandInTenant.UPN, List.of(TenantCheck.ACCOUNT, TenantCheck.RISK));

		assertThat(results).allSatisfy(r -> {
			assertThat(r.status()).isEqualTo(CheckStatus.NOT_PERMITTED);
			assertThat(r.note()).isEqualTo(Finding.of("ui.tenant.status.not-permitted", "permission", "User.Read.All"));
		});
	}

	@Test
	void aNameThatCannotBeAUserIsNotLookedUpAtAll() {
		CheckResult result = StandInTenant.runner()
			.run(StandInTenant.connect(graph), "anna\u202E@contoso.example/../../admin", List.of(TenantCheck.ACCOUNT))
			.getFirst();

		assertThat(result.status()).isEqualTo(CheckStatus.NOT_FOUND);
		assertThat(graph.received()).isEmpty();
	}

	@Test
	void aGuestsNameWithAHashIsOneEncodedPathSegment() {
		String guest = "anna_fabrikam.example#EXT#@contoso.example";
		graph.on("/users/" + guest, Reply.json("{\"id\":\"%s\",\"userPrincipalName\":\"%s\",\"accountEnabled\":true}"
			.formatted(StandInTenant.USER_ID, guest.replace("#", "\\u0023"))));

		CheckResult result = StandInTenant.runner()
			.run(StandInTenant.connect(graph), guest, List.of(TenantCheck.ACCOUNT))
			.getFirst();

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
	}

}
