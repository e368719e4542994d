package app.stepwise.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.HttpTest;
import app.stepwise.TestUsers;
import app.stepwise.WebClient;
import app.stepwise.base.AuditEvent;
import app.stepwise.flow.CheckSignal;
import app.stepwise.flow.TenantCheck;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.Messages;
import app.stepwise.security.Roles;
import app.stepwise.tenant.dev.DemoGraph;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * In development the demo tenant is served by the application itself, and the real client
 * (tokens, requests, paging) reads it over HTTP: each demo user shows the case they were
 * made for, every result reads well in every language, and reading is audited.
 */
class DemoTenantTest extends HttpTest {

	private static final String DOMAIN = "@stepwise-demo.example";

	@Autowired
	private TenantChecks checks;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Messages messages;

	@BeforeEach
	void signIn() {
		TestUsers.signIn(context, "admin", Roles.ADMIN);
	}

	@AfterEach
	void signOut() {
		TestUsers.signOut(context);
	}

	private CheckReport all(String user) {
		return checks.runAgain(DemoGraph.TENANT, user + DOMAIN, Arrays.asList(TenantCheck.values()));
	}

	private static Set<CheckSignal> signals(CheckReport report) {
		return report.results()
			.stream()
			.flatMap(r -> r.suggestions().stream())
			.map(Suggestion::signal)
			.collect(Collectors.toSet());
	}

	@Test
	void theDemoTenantIsOfferedAndLabelledAsADemo() {
		assertThat(checks.available()).isTrue();
		assertThat(checks.tenants()).first().satisfies(t -> {
			assertThat(t.id()).isEqualTo(DemoGraph.TENANT);
			assertThat(t.demo()).isTrue();
		});
	}

	@Test
	void eachDemoUserShowsTheCaseTheyWereMadeFor() {
		assertThat(signals(all("astrid.lind"))).containsExactlyInAnyOrder(CheckSignal.ADMIN_ROLES_NONE,
				CheckSignal.SERVICE_INCIDENT);
		assertThat(signals(all("bo.jensen"))).contains(CheckSignal.ACCOUNT_BLOCKED, CheckSignal.SIGN_INS_FAILING);
		assertThat(signals(all("ingrid.dahl"))).contains(CheckSignal.INBOX_RULES_SUSPICIOUS)
			.doesNotContain(CheckSignal.RISK_AT_RISK);
		assertThat(signals(all("janez.novak"))).contains(CheckSignal.RISK_AT_RISK, CheckSignal.MFA_NONE);
		assertThat(signals(all("maja.horvat"))).contains(CheckSignal.ADMIN_ROLES_HELD);
		assertThat(signals(all("sofia.holm"))).contains(CheckSignal.SIGN_INS_LOCKED, CheckSignal.SIGN_INS_FAILING);
		CheckReport erik = all("erik.berg");
		assertThat(erik.results().getFirst().facts()).contains(Finding.of("ui.tenant.account.synced"));
		assertThat(erik.results()).allSatisfy(r -> assertThat(r.status()).isEqualTo(CheckStatus.OK));
	}

	@Test
	void theForwardingRuleOutsideIsFoundAndTheColleagueInsideIsNot() {
		CheckResult rules = checks.runAgain(DemoGraph.TENANT, "ingrid.dahl" + DOMAIN, List.of(TenantCheck.INBOX_RULES))
			.results()
			.getFirst();

		assertThat(rules.facts()).extracting(f -> f.arguments().get("action"))
			.contains("forwardTo", "markAsRead", "moveHidden");
		assertThat(rules.facts().toString()).contains("mailbox-forward.example").doesNotContain("erik.berg");
	}

	@Test
	void onlyTheActiveExchangeIncidentIsReported() {
		CheckResult health = checks.run(DemoGraph.TENANT, "", List.of(TenantCheck.SERVICE_HEALTH)).results().getFirst();

		assertThat(health.facts()).singleElement()
			.satisfies(issue -> assertThat(issue.arguments()).containsEntry("id", "EX900417"));
	}

	@Test
	void anUnknownUserIsNotFound() {
		assertThat(all("nobody").results()).filteredOn(r -> r.check().concernsUser())
			.allSatisfy(r -> assertThat(r.status()).isEqualTo(CheckStatus.NOT_FOUND));
	}

	@Test
	void theSearchFindsUsersByTheStartOfTheirNames() {
		assertThat(checks.searchUsers(DemoGraph.TENANT, "So").users()).extracting(UserMatch::userPrincipalName)
			.containsExactly("sofia.holm" + DOMAIN);
		assertThat(checks.searchUsers(DemoGraph.TENANT, "i").users()).extracting(UserMatch::displayName)
			.containsExactly("Ingrid Dahl");
		assertThat(checks.searchUsers(DemoGraph.TENANT, "zz").status()).isEqualTo(CheckStatus.OK);
	}

	@Test
	void whoCheckedWhichUserInWhichTenantIsAudited() {
		int before = server.audit().size();

		checks.run(DemoGraph.TENANT, "maja.horvat" + DOMAIN, List.of(TenantCheck.ADMIN_ROLES, TenantCheck.RISK));
		checks.searchUsers(DemoGraph.TENANT, "Ma");

		List<AuditEvent> events = server.audit().subList(before, server.audit().size());
		assertThat(events).extracting(AuditEvent::action, AuditEvent::actor, AuditEvent::detail)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(AuditEvent.TENANT_CHECK, "admin",
							"tenant=demo user=maja.horvat@stepwise-demo.example checks=admin-roles,risk"),
					org.assertj.core.groups.Tuple.tuple(AuditEvent.TENANT_USER_SEARCH, "admin",
							"tenant=demo prefix=Ma"));
	}

	@Test
	void everyResultReadsWellInEveryLanguage() {
		for (String user : List.of("astrid.lind", "bo.jensen", "ingrid.dahl", "janez.novak", "maja.horvat", "erik.berg",
				"sofia.holm", "nobody")) {
			for (CheckResult result : all(user).results()) {
				List<Finding> findings = new java.util.ArrayList<>(result.facts());
				findings.add(result.note());
				for (Finding finding : findings) {
					for (Language language : Language.values()) {
						String text = messages.get(language, finding.key(),
								finding.arguments(i -> messages.dateTime(language.locale(), i, ZoneOffset.UTC)));
						assertThat(text).as("%s in %s", finding, language)
							.doesNotContain(Messages.MISSING_MARK, "{", "}");
					}
				}
			}
		}
	}

	@Test
	void nobodySignedInIsRefusedBeforeAnythingIsRead() {
		TestUsers.signOut(context);

		assertThatThrownBy(() -> checks.run(DemoGraph.TENANT, "bo.jensen" + DOMAIN, List.of(TenantCheck.ACCOUNT)))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		assertThatThrownBy(() -> checks.tenants()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	@Test
	void theFakeGraphAnswersOnlyWithATokenItIssuedToTheDemoApp() {
		WebClient visitor = visitor();

		assertThat(visitor.get(DemoGraph.PATH + "/v1.0/users").status()).isEqualTo(401);
		assertThat(visitor.withHeader("Authorization", "Bearer made-up").get(DemoGraph.PATH + "/v1.0/users").status())
			.isEqualTo(401);
		assertThat(visitor()
			.post(DemoGraph.PATH + "/demo/oauth2/v2.0/token",
					Map.of("grant_type", "client_credentials", "client_id", DemoGraph.CLIENT_ID, "client_secret",
							"guess"))
			.status()).isEqualTo(401);
		assertThat(visitor().postEmpty(DemoGraph.PATH + "/v1.0/users").status()).isEqualTo(401);
	}

}
