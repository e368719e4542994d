package app.stepwise.escalation;

import app.stepwise.flow.Cloud;
import app.stepwise.i18n.Language;
import app.stepwise.wizard.CheckEvidence;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Two checks of tenant contoso as a run records them, and a request that carries them.
 */
public final class EvidenceFixtures {

	/** When the checks read the tenant. */
	public static final Instant READ = Instant.parse("2026-11-20T09:14:00Z");

	private EvidenceFixtures() {
	}

	/** The account is blocked; three failed sign-ins since the last good one. */
	public static List<CheckEvidence> twoChecks() {
		return List.of(
				new CheckEvidence("unlock-account", "symptom", "contoso", "account", "ok",
						List.of(new CheckEvidence.Line("ui.tenant.account.blocked", Map.of(), Map.of())), READ),
				new CheckEvidence("unlock-account", "symptom", "contoso", "sign-ins", "ok",
						List.of(new CheckEvidence.Line("ui.tenant.sign-ins.failing", Map.of("count", "3"), Map.of())),
						READ));
	}

	/** A request in English, filed a minute after the checks, carrying the evidence. */
	static SupportRequest request(List<CheckEvidence> evidence) {
		Instant at = READ.plusSeconds(60);
		return new SupportRequest(UUID.randomUUID(), "SW-7K3F-9QMX", UUID.randomUUID(), "unlock-account", 1,
				"unlock-account", "escalate", true, Cloud.WORLDWIDE, Language.ENGLISH, "bo@contoso.com",
				"alex@contoso.com", "Locked.", "alex@contoso.com", "", ContactMethod.EMAIL, RequestStatus.NEW, at, at,
				0, List.of(), List.of(), evidence, false);
	}

}
