package app.stepwise.tenant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.flow.CheckSignal;
import app.stepwise.flow.TenantCheck;
import app.stepwise.tenant.CheckResult;
import app.stepwise.tenant.Finding;
import app.stepwise.tenant.GraphStandIn;
import app.stepwise.tenant.GraphStandIn.Reply;
import app.stepwise.tenant.Suggestion;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Admin roles come from the user's role assignments with the roles' names
 * (RoleManagement.Read.Directory); service health lists Microsoft's active issues for
 * Exchange Online and Microsoft Entra only (ServiceHealth.Read.All), whatever those
 * services are called this year.
 */
class AdminRolesAndServiceHealthChecksTest {

	private static final String ROLES = "/roleManagement/directory/roleAssignments";

	private final GraphStandIn graph = GraphStandIn.start();

	@AfterEach
	void stop() {
		graph.close();
	}

	@Test
	void aGlobalAdministratorsRolesAreNamedAndSuggestHeld() {
		StandInTenant.withUser(graph)
			.on(ROLES, "principalId eq '" + StandInTenant.USER_ID + "'", Reply
				.json("""
						{"value":[
						 {"roleDefinitionId":"62e90394-69f5-4237-9190-012177145e10",
						  "roleDefinition":{"displayName":"Global Administrator","templateId":"62e90394-69f5-4237-9190-012177145e10"}},
						 {"roleDefinitionId":"29232cdf-9323-42fd-ade2-1d097af3e4de",
						  "roleDefinition":{"displayName":"Exchange Administrator","templateId":"29232cdf-9323-42fd-ade2-1d097af3e4de"}}]}"""));

		CheckResult result = StandInTenant.run(graph, TenantCheck.ADMIN_ROLES);

		assertThat(result.note()).isEqualTo(Finding.of("ui.tenant.admin-roles.held", "count", 2));
		assertThat(result.facts()).containsExactly(Finding.of("ui.tenant.admin-roles.global-administrator"),
				Finding.of("ui.tenant.admin-roles.role", "role", "Global Administrator"),
				Finding.of("ui.tenant.admin-roles.role", "role", "Exchange Administrator"));
		assertThat(result.suggestions()).extracting(Suggestion::signal).containsExactly(CheckSignal.ADMIN_ROLES_HELD);
		assertThat(graph.graphRequests()).last()
			.satisfies(r -> assertThat(r.query()).contains("$expand=roleDefinition($select=displayName,templateId)"));
	}

	@Test
	void noRoleSuggestsNone() {
		StandInTenant.withUser(graph).on(ROLES, Reply.json("{\"value\":[]}"));

		CheckResult result = StandInTenant.run(graph, TenantCheck.ADMIN_ROLES);

		assertThat(result.note()).isEqualTo(Finding.of("ui.tenant.admin-roles.none"));
		assertThat(result.suggestions()).extracting(Suggestion::signal).containsExactly(CheckSignal.ADMIN_ROLES_NONE);
	}

	@Test
	void withoutRoleManagementReadDirectoryTheCheckNamesIt() {
		StandInTenant.withUser(graph).on(ROLES, Reply.error(403, "Authorization_RequestDenied", "Insufficient."));

		assertThat(StandInTenant.run(graph, TenantCheck.ADMIN_ROLES).note())
			.isEqualTo(Finding.of("ui.tenant.status.not-permitted", "permission", "RoleManagement.Read.Directory"));
	}

	@Test
	void onlyActiveIssuesOfExchangeAndEntraAreListedAcrossPagesWithoutAskingAboutAUser() {
		graph
			.on("/admin/serviceAnnouncement/healthOverviews",
					Reply
						.json("""
								{"value":[{"id":"Exchange","service":"Exchange Online"},{"id":"OrgLiveID","service":"Entra Renamed"},
								          {"id":"SharePoint","service":"SharePoint Online"}]}"""))
			.on("/admin/serviceAnnouncement/issues", "isResolved eq false",
					Reply
						.json("""
								{"@odata.nextLink":"%s/v1.0/admin/serviceAnnouncement/issues?$skiptoken=2",
								 "value":[{"id":"SP1","service":"SharePoint Online","classification":"incident","isResolved":false},
								          {"id":"EX1","title":"Mail is delayed","service":"Exchange Online","classification":"Incident",
								           "status":"serviceDegradation","isResolved":false,"startDateTime":"2026-11-21T07:00:00Z"}]}"""
							.formatted(graph.root())))
			.on("/admin/serviceAnnouncement/issues", "$skiptoken=2", Reply.json("""
					{"value":[{"id":"ID7","title":"Sign-in slow","service":"Entra Renamed","classification":"advisory",
					           "status":"SomethingNew","isResolved":false},
					          {"id":"EX0","service":"Exchange Online","isResolved":true}]}"""));

		CheckResult result = StandInTenant.runner()
			.run(StandInTenant.connect(graph), "", List.of(TenantCheck.SERVICE_HEALTH))
			.getFirst();

		assertThat(result.note()).isEqualTo(Finding.of("ui.tenant.service-health.issues", "count", 2));
		assertThat(result.facts()).hasSize(2);
		assertThat(result.facts().get(0).arguments()).containsEntry("id", "EX1")
			.containsEntry("classification", "incident")
			.containsEntry("status", "serviceDegradation");
		assertThat(result.facts().get(1).arguments()).containsEntry("id", "ID7")
			.containsEntry("classification", "advisory")
			.containsEntry("status", "other");
		assertThat(result.suggestions()).extracting(Suggestion::signal).containsExactly(CheckSignal.SERVICE_INCIDENT);
		assertThat(graph.graphRequests()).noneMatch(r -> r.path().startsWith("/v1.0/users"));
	}

	@Test
	void noActiveIssueMeansNothingToSay() {
		graph.on("/admin/serviceAnnouncement/healthOverviews", Reply.json("{\"value\":[]}"))
			.on("/admin/serviceAnnouncement/issues", Reply.json("{\"value\":[]}"));

		CheckResult result = StandInTenant.runner()
			.run(StandInTenant.connect(graph), "", List.of(TenantCheck.SERVICE_HEALTH))
			.getFirst();

		assertThat(result.note()).isEqualTo(Finding.of("ui.tenant.service-health.none"));
		assertThat(result.suggestions()).isEmpty();
	}

	@Test
	void withoutServiceHealthReadAllTheCheckNamesIt() {
		graph.on("/admin/serviceAnnouncement/healthOverviews",
				Reply.error(403, "UnknownError", "{\"error_description\":\"Access denied\"}"));

		CheckResult result = StandInTenant.runner()
			.run(StandInTenant.connect(graph), "", List.of(TenantCheck.SERVICE_HEALTH))
			.getFirst();

		assertThat(result.note())
			.isEqualTo(Finding.of("ui.tenant.status.not-permitted", "permission", "ServiceHealth.Read.All"));
	}

}
