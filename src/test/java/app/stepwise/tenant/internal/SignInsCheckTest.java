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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sign-ins check reads the user's recent sign-ins (AuditLog.Read.All, Entra ID P1)
 * and reports the last success and the failures since, each with its reason category,
 * time, app and country; never the address, the city or the device.
 */
class SignInsCheckTest {

	private final GraphStandIn graph = GraphStandIn.start();

	@BeforeEach
	void user() {
		StandInTenant.withUser(graph);
	}

	@AfterEach
	void stop() {
		graph.close();
	}

	private static String signIn(String at, int code, String app) {
		return """
				{"id":"x","createdDateTime":"%s","userId":"%s","appDisplayName":"%s","ipAddress":"203.0.113.9",
				 "status":{"errorCode":%d,"failureReason":"…"},
				 "location":{"city":"Ljubljana","state":"Osrednjeslovenska","countryOrRegion":"SI"},
				 "deviceDetail":{"displayName":"ANNA-LAPTOP","operatingSystem":"Windows"}}""".formatted(at,
				StandInTenant.USER_ID, app, code);
	}

	@Test
	void failuresSinceTheLastSuccessAreListedAndALockoutSuggestsLockedAndFailing() {
		graph.on("/auditLogs/signIns", "userId eq '" + StandInTenant.USER_ID + "'",
				Reply.json("{\"value\":[%s,%s,%s,%s]}".formatted(signIn("2026-11-21T10:00:00Z", 50053, "Outlook"),
						signIn("2026-11-21T09:59:00Z", 50126, "Outlook"), signIn("2026-11-21T09:00:00Z", 0, "Teams"),
						signIn("2026-11-20T09:00:00Z", 50126, "Outlook"))));

		CheckResult result = StandInTenant.run(graph, TenantCheck.SIGN_INS);

		assertThat(result.status()).isEqualTo(CheckStatus.OK);
		assertThat(result.note()).isEqualTo(Finding.of("ui.tenant.sign-ins.failing", "count", 2));
		assertThat(result.facts()).hasSize(3);
		assertThat(result.facts().getFirst().key()).isEqualTo("ui.tenant.sign-ins.last-success");
		assertThat(result.facts().getFirst().arguments()).containsEntry("time", Instant.parse("2026-11-21T09:00:00Z"))
			.containsEntry("app", "Teams")
			.containsEntry("country", "SI");
		assertThat(result.facts().get(1).arguments()).containsEntry("reason", "locked");
		assertThat(result.facts().get(2).arguments()).containsEntry("reason", "wrongPassword");
		assertThat(result.facts()).allSatisfy(f -> assertThat(f.arguments().values().toString())
			.doesNotContain("203.0.113.9", "Ljubljana", "Osrednjeslovenska", "ANNA-LAPTOP"));
		assertThat(result.suggestions()).extracting(Suggestion::signal)
			.containsExactly(CheckSignal.SIGN_INS_LOCKED, CheckSignal.SIGN_INS_FAILING);
	}

	@Test
	void aSuccessOlderThanTheRecentSignInsIsAskedForSeparately() {
		graph
			.on("/auditLogs/signIns", "userId eq",
					Reply.json("{\"value\":[%s]}".formatted(signIn("2026-11-21T10:00:00Z", 53003, "Outlook"))))
			.on("/auditLogs/signIns", "status/errorCode eq 0",
					Reply.json("{\"value\":[%s]}".formatted(signIn("2026-11-01T07:00:00Z", 0, "Outlook"))));

		CheckResult result = StandInTenant.run(graph, TenantCheck.SIGN_INS);

		assertThat(result.facts().getFirst().arguments()).containsEntry("time", Instant.parse("2026-11-01T07:00:00Z"));
		assertThat(result.facts().get(1).arguments()).containsEntry("reason", "conditionalAccess");
		assertThat(result.suggestions()).extracting(Suggestion::signal).containsExactly(CheckSignal.SIGN_INS_FAILING);
	}

	@Test
	void nothingFailedSinceTheLastSuccessSoNothingIsSuggested() {
		graph.on("/auditLogs/signIns",
				Reply.json("{\"value\":[%s]}".formatted(signIn("2026-11-21T10:00:00Z", 0, "Outlook"))));

		CheckResult result = StandInTenant.run(graph, TenantCheck.SIGN_INS);

		assertThat(result.note().key()).isEqualTo("ui.tenant.sign-ins.last-success");
		assertThat(result.suggestions()).isEmpty();
	}

	@Test
	void withoutEntraIdP1TheSignInLogNeedsALicence() {
		graph.on("/auditLogs/signIns", Reply.error(403, "Authentication_RequestFromNonPremiumTenantOrB2CTenant",
				"Neither tenant is B2C or tenant doesn't have premium license"));

		CheckResult result = StandInTenant.run(graph, TenantCheck.SIGN_INS);

		assertThat(result.status()).isEqualTo(CheckStatus.NEEDS_LICENCE);
		assertThat(result.note())
			.isEqualTo(Finding.of("ui.tenant.status.needs-licence", "licence", "Microsoft Entra ID P1"));
	}

	@Test
	void withoutAuditLogReadAllTheCheckNamesThatPermission() {
		graph.on("/auditLogs/signIns", Reply.error(403, "Authorization_RequestDenied", "Insufficient privileges."));

		CheckResult result = StandInTenant.run(graph, TenantCheck.SIGN_INS);

		assertThat(result.status()).isEqualTo(CheckStatus.NOT_PERMITTED);
		assertThat(result.note())
			.isEqualTo(Finding.of("ui.tenant.status.not-permitted", "permission", "AuditLog.Read.All"));
	}

	@ParameterizedTest
	@CsvSource({ "50053,locked", "50126,wrongPassword", "50057,disabled", "50055,passwordExpired",
			"50144,passwordExpired", "50074,mfaRequired", "50076,mfaRequired", "500121,mfaFailed",
			"53003,conditionalAccess", "53000,conditionalAccess", "50140,other", "1,other" })
	void errorCodesFallIntoTheCategoriesAPersonActsOn(int code, String category) {
		assertThat(SignInReason.of(code)).isEqualTo(category);
	}

}
