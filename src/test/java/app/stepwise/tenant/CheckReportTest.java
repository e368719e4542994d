package app.stepwise.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.flow.CheckSignal;
import app.stepwise.flow.Cloud;
import app.stepwise.flow.ShippedFlows;
import app.stepwise.flow.Step;
import app.stepwise.flow.TenantCheck;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report suggests the answers of a step whose {@code suggested-by} names a signal its
 * checks found, with the evidence and when it was read; the operator still chooses.
 */
class CheckReportTest {

	private static final Tenant TENANT = new Tenant("contoso", "Contoso", Cloud.WORLDWIDE, false);

	private static final Instant READ = Instant.parse("2026-11-21T13:42:00Z");

	private static Step step(String flow, String step) {
		return ShippedFlows.catalog().get(flow).step(step).orElseThrow();
	}

	private static CheckResult result(TenantCheck check, CheckSignal... signals) {
		List<Suggestion> suggestions = java.util.Arrays.stream(signals)
			.map(s -> new Suggestion(s, Finding.of("evidence." + s.id())))
			.toList();
		return new CheckResult(check, CheckStatus.OK, Finding.of("headline"), List.of(), suggestions, READ);
	}

	@Test
	void aBlockedAccountSuggestsCannotSignInWithItsEvidence() {
		CheckReport report = new CheckReport(TENANT, "anna@contoso.example",
				List.of(result(TenantCheck.ACCOUNT, CheckSignal.ACCOUNT_BLOCKED), result(TenantCheck.SIGN_INS)));

		assertThat(report.suggestionsFor(step("unlock-account", "symptom"))).containsExactly(new SuggestedAnswer(
				"cannot-sign-in", CheckSignal.ACCOUNT_BLOCKED, Finding.of("evidence.account-blocked"), READ));
	}

	@Test
	void eachAnswerIsSuggestedOnceByItsFirstSignal() {
		CheckReport report = new CheckReport(TENANT, "anna@contoso.example",
				List.of(result(TenantCheck.INBOX_RULES, CheckSignal.INBOX_RULES_SUSPICIOUS),
						result(TenantCheck.RISK, CheckSignal.RISK_AT_RISK)));

		assertThat(report.suggestionsFor(step("compromise-response", "look-for-signs"))).singleElement()
			.satisfies(s -> {
				assertThat(s.answerId()).isEqualTo("found-signs");
				assertThat(s.signal()).isEqualTo(CheckSignal.INBOX_RULES_SUSPICIOUS);
			});
	}

	@Test
	void signalsNoAnswerOfTheStepNamesSuggestNothing() {
		CheckReport report = new CheckReport(TENANT, "anna@contoso.example",
				List.of(result(TenantCheck.ADMIN_ROLES, CheckSignal.ADMIN_ROLES_HELD)));

		assertThat(report.suggestionsFor(step("unlock-account", "symptom"))).isEmpty();
		assertThat(report.suggestionsFor(step("compromise-response", "admin-roles-choice")))
			.extracting(SuggestedAnswer::answerId)
			.containsExactly("has-roles");
	}

	@Test
	void momentsAreFormattedByTheReadersSide() {
		Finding finding = Finding.of("ui.tenant.read-at", "time", READ);

		assertThat(finding.arguments(i -> "at " + i.getEpochSecond())).containsEntry("time", "at 1795268520");
	}

}
