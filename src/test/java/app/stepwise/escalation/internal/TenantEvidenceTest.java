package app.stepwise.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.stepwise.escalation.Runs;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequests;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.i18n.Language;
import app.stepwise.wizard.ActiveRun;
import app.stepwise.wizard.CheckEvidence;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What tenant checks showed during a run is stored with the request filed from it, reads
 * again as it was, and reaches the webhook both as data and in the English summary.
 */
class TenantEvidenceTest extends WebhookTest {

	private static final Instant READ = Instant.parse("2026-11-20T09:14:00Z");

	@Autowired
	private SupportRequests requests;

	@Autowired
	private FlowCatalog catalog;

	@Autowired
	private JsonMapper json;

	static List<CheckEvidence> evidence() {
		return List.of(
				new CheckEvidence("unlock-account", "symptom", "contoso", "account", "ok",
						List.of(new CheckEvidence.Line("ui.tenant.account.blocked", Map.of(), Map.of()),
								new CheckEvidence.Line("ui.tenant.account.name",
										Map.of("name", "<b>Bo</b> \u202EJensen"), Map.of()),
								new CheckEvidence.Line("ui.tenant.account.password-changed", Map.of(),
										Map.of("time", Instant.parse("2026-10-01T08:00:00Z")))),
						READ),
				new CheckEvidence("unlock-account", "symptom", "contoso", "sign-ins", "needs-licence",
						List.of(new CheckEvidence.Line("ui.tenant.status.needs-licence",
								Map.of("licence", "Microsoft Entra ID P1"), Map.of())),
						READ),
				new CheckEvidence("unlock-account", "escalate", "contoso", "inbox-rules", "ok", List
					.of(new CheckEvidence.Line("ui.tenant.inbox-rules.suspicious", Map.of("count", "2"), Map.of())),
						READ));
	}

	@Test
	void theEvidenceIsStoredWithTheRequestAndPostedToTheWebhook() {
		ActiveRun run = Runs.escalated(catalog, "unlock-account", Instant.parse("2026-11-20T09:15:00Z"))
			.withEvidence(evidence());

		SupportRequest filed = requests.file(run, Runs.validInput(), Language.SWEDISH).request();

		SupportRequest stored = requests.findByRun(run.id()).orElseThrow();
		assertThat(stored.evidence()).isEqualTo(evidence());
		await().atMost(Duration.ofSeconds(30)).until(() -> !about(filed).isEmpty());
		JsonNode body = json.readTree(about(filed).getFirst().body());
		JsonNode checks = body.get("tenantChecks");
		assertThat(checks).hasSize(3);
		assertThat(checks.get(0).get("check").asString()).isEqualTo("account");
		assertThat(checks.get(0).get("tenant").asString()).isEqualTo("contoso");
		assertThat(checks.get(0).get("result").asString()).isEqualTo("ok");
		assertThat(checks.get(0).get("checkedAt").asString()).isEqualTo("2026-11-20T09:14:00Z");
		assertThat(checks.get(0).get("facts").get(0).asString()).isEqualTo("Sign-in is blocked for this account");
		assertThat(checks.get(0).get("facts").get(1).asString()).isEqualTo("Display name: <b>Bo</b> \u202EJensen");
		assertThat(checks.get(1).get("facts").get(0).asString())
			.isEqualTo("The tenant needs Microsoft Entra ID P1 for this");
		assertThat(checks.get(2).get("facts").get(0).asString())
			.isEqualTo("2 signs of a compromise in the inbox rules");
		assertThat(body.get("summary").asString()).contains(
				"What Stepwise read in the tenant (3 checks, read-only):\nAccount – tenant contoso, checked Nov 20, 2026, 9:14 AM UTC:\n  - Sign-in is blocked for this account");
	}

	@Test
	void evidenceSurvivesItsJsonForm() {
		List<CheckEvidence.Line> lines = evidence().getFirst().lines();

		assertThat(EvidenceRow.read(EvidenceRow.write(lines))).isEqualTo(lines);
	}

}
