package app.stepwise.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.flow.Cloud;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.MessageBundles;
import app.stepwise.i18n.Messages;
import app.stepwise.wizard.CheckEvidence;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The summaries of a request carry what tenant checks showed, in the reader's language.
 */
class EvidenceSummaryTest {

	private static final MessageBundles BUNDLES = MessageBundles.load(EvidenceSummaryTest.class.getClassLoader());

	private final RequestSummaries summaries = new RequestSummaries(new Messages(BUNDLES, true));

	private static SupportRequest request(List<CheckEvidence> evidence) {
		Instant at = Instant.parse("2026-11-20T09:15:00Z");
		return new SupportRequest(UUID.randomUUID(), "SW-7K3F-9QMX", UUID.randomUUID(), "unlock-account", 1,
				"unlock-account", "escalate", true, Cloud.WORLDWIDE, Language.ENGLISH, "bo@contoso.com",
				"alex@contoso.com", "Locked.", "alex@contoso.com", "", ContactMethod.EMAIL, RequestStatus.NEW, at, at,
				0, List.of(), List.of(), evidence, false);
	}

	private static List<CheckEvidence> evidence() {
		Instant read = Instant.parse("2026-11-20T09:14:00Z");
		return List.of(
				new CheckEvidence("unlock-account", "symptom", "contoso", "account", "ok",
						List.of(new CheckEvidence.Line("ui.tenant.account.blocked", Map.of(), Map.of())), read),
				new CheckEvidence("unlock-account", "symptom", "contoso", "sign-ins", "ok",
						List.of(new CheckEvidence.Line("ui.tenant.sign-ins.failing", Map.of("count", "3"), Map.of())),
						read));
	}

	@Test
	void theEnglishSummaryEndsWithWhatWasReadInTheTenant() {
		assertThat(summaries.text(request(evidence()), Language.ENGLISH)).endsWith("""

				What Stepwise read in the tenant (2 checks, read-only):
				Account – tenant contoso, checked Nov 20, 2026, 9:14 AM UTC:
				  - Sign-in is blocked for this account
				Sign-ins – tenant contoso, checked Nov 20, 2026, 9:14 AM UTC:
				  - 3 failed sign-ins since the last successful one""");
	}

	@Test
	void withoutEvidenceTheSummarySaysNothingAboutATenant() {
		assertThat(summaries.text(request(List.of()), Language.ENGLISH)).doesNotContain("tenant");
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void everyLanguageSaysItWithoutMissingTexts(Language language) {
		String text = summaries.text(request(evidence()), language);

		assertThat(text).doesNotContain(Messages.MISSING_MARK, "{", "}").contains("contoso");
	}

}
