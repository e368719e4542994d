package app.stepwise.tenant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.flow.CheckSignal;
import app.stepwise.flow.Cloud;
import app.stepwise.flow.TenantCheck;
import app.stepwise.tenant.CheckResult;
import app.stepwise.tenant.CheckStatus;
import app.stepwise.tenant.Finding;
import app.stepwise.tenant.GraphStandIn;
import app.stepwise.tenant.GraphStandIn.Reply;
import app.stepwise.tenant.Suggestion;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The MFA check lists the kinds of methods registered
 * (UserAuthenticationMethod.Read.All), never their numbers or names; the risk check reads
 * ID Protection (IdentityRiskyUser.Read.All, Entra ID P2, not in 21Vianet).
 */
class MfaAndRiskChecksTest {

	private final GraphStandIn graph = GraphStandIn.start();

	@BeforeEach
	void user() {
		StandInTenant.withUser(graph);
	}

	@AfterEach
	void stop() {
		graph.close();
	}

	@Test
	void methodsAreListedByKindWithoutPhoneNumbersAcrossPages() {
		String methods = "/users/" + StandInTenant.USER_ID + "/authentication/methods";
		graph
			.on(methods,
					Reply
						.json("""
								{"@odata.nextLink":"%s/v1.0%s?$skiptoken=2",
								 "value":[{"@odata.type":"#microsoft.graph.passwordAuthenticationMethod"},
								          {"@odata.type":"#microsoft.graph.phoneAuthenticationMethod","phoneNumber":"+386 40 123 456"},
								          {"@odata.type":"#microsoft.graph.emailAuthenticationMethod","emailAddress":"a@b.example"},
								          {"@odata.type":"#microsoft.graph.qrCodePinAuthenticationMethod"}]}"""
							.formatted(graph.root(), methods)))
			.on(methods, "$skiptoken=2", Reply
				.json("""
						{"value":[{"@odata.type":"#microsoft.graph.fido2AuthenticationMethod","displayName":"YubiKey 5"}]}"""));

		CheckResult result = StandInTenant.run(graph, TenantCheck.MFA);

		assertThat(result.note()).isEqualTo(Finding.of("ui.tenant.mfa.registered", "count", 3));
		assertThat(result.facts()).containsExactly(Finding.of("ui.tenant.mfa.method", "method", "phone"),
				Finding.of("ui.tenant.mfa.method", "method", "other"),
				Finding.of("ui.tenant.mfa.method", "method", "fido2"));
		assertThat(result.facts().toString()).doesNotContain("386", "YubiKey", "a@b.example");
		assertThat(result.suggestions()).isEmpty();
	}

	@Test
	void onlyAPasswordMeansNoMultifactorAuthentication() {
		graph.on("/users/" + StandInTenant.USER_ID + "/authentication/methods",
				Reply.json("{\"value\":[{\"@odata.type\":\"#microsoft.graph.passwordAuthenticationMethod\"}]}"));

		CheckResult result = StandInTenant.run(graph, TenantCheck.MFA);

		assertThat(result.note()).isEqualTo(Finding.of("ui.tenant.mfa.none"));
		assertThat(result.suggestions()).extracting(Suggestion::signal).containsExactly(CheckSignal.MFA_NONE);
	}

	@Test
	void withoutTheMethodsPermissionTheCheckNamesIt() {
		graph.on("/users/" + StandInTenant.USER_ID + "/authentication/methods",
				Reply.error(403, "accessDenied", "Request Authorization failed"));

		assertThat(StandInTenant.run(graph, TenantCheck.MFA).note())
			.isEqualTo(Finding.of("ui.tenant.status.not-permitted", "permission", "UserAuthenticationMethod.Read.All"));
	}

	@Test
	void aUserAtHighRiskSuggestsAtRisk() {
		graph.on("/identityProtection/riskyUsers/" + StandInTenant.USER_ID, Reply.json("""
				{"id":"%s","riskLevel":"high","riskState":"atRisk","riskDetail":"none",
				 "riskLastUpdatedDateTime":"2026-11-21T09:30:00Z"}""".formatted(StandInTenant.USER_ID)));

		CheckResult result = StandInTenant.run(graph, TenantCheck.RISK);

		assertThat(result.note()).isEqualTo(Finding.of("ui.tenant.risk.state", "state", "atRisk"));
		assertThat(result.facts()).contains(Finding.of("ui.tenant.risk.level", "level", "high"));
		assertThat(result.suggestions()).extracting(Suggestion::signal).containsExactly(CheckSignal.RISK_AT_RISK);
	}

	@Test
	void aUserIdProtectionNeverFlaggedHasNoRisk() {
		graph.on("/identityProtection/riskyUsers/" + StandInTenant.USER_ID,
				Reply.error(404, "ResourceNotFound", "Not found"));

		CheckResult result = StandInTenant.run(graph, TenantCheck.RISK);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(result.note()).isEqualTo(Finding.of("ui.tenant.risk.never-flagged"));
		assertThat(result.suggestions()).isEmpty();
	}

	@Test
	void withoutEntraIdP2RiskNeedsALicence() {
		graph.on("/identityProtection/riskyUsers/" + StandInTenant.USER_ID, Reply.error(403, "AccessDenied",
				"Your tenant is not licensed for this feature. Please upgrade your subscription to access it."));

		assertThat(StandInTenant.run(graph, TenantCheck.RISK).note())
			.isEqualTo(Finding.of("ui.tenant.status.needs-licence", "licence", "Microsoft Entra ID P2"));
	}

	@Test
	void in21VianetRiskIsNotOfferedAndNotAskedFor() {
		CheckResult result = StandInTenant.runner()
			.run(StandInTenant.connect(graph, Cloud.CHINA_21VIANET, Duration.ofSeconds(2)), StandInTenant.UPN,
					List.of(TenantCheck.RISK))
			.getFirst();

		assertThat(result.status()).isEqualTo(CheckStatus.NOT_IN_CLOUD);
		assertThat(graph.graphRequests()).noneMatch(r -> r.path().contains("riskyUsers"));
	}

}
