package app.stepwise.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.flow.Cloud;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.MessageBundles;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Plain-text summaries of a request, for a vendor's support form and for e-mail. */
class RequestSummariesTest {

	private static final MessageBundles BUNDLES = MessageBundles.load(RequestSummariesTest.class.getClassLoader());

	private final RequestSummaries summaries = new RequestSummaries(new app.stepwise.i18n.Messages(BUNDLES, true));

	private static SupportRequest request(Cloud cloud) {
		return request(cloud, false);
	}

	private static SupportRequest request(Cloud cloud, boolean filedInsideWait) {
		Instant at = Instant.parse("2026-11-20T09:15:00Z");
		return new SupportRequest(UUID.randomUUID(), "SW-7K3F-9QMX", UUID.randomUUID(), "unlock-account", 1,
				"unlock-account", "escalate", true, cloud, Language.SLOVENIAN, "adele@contoso.com",
				"alex.wilber@contoso.com", "Line one.\nLine two.", "alex@contoso.com", "", ContactMethod.EMAIL,
				RequestStatus.NEW, at, at, 0,
				List.of(new SupportRequest.Check("unlock-account", "symptom", "flow.unlock-account.symptom.title",
						"cannot-sign-in", "flow.unlock-account.symptom.answer.cannot-sign-in", at),
						new SupportRequest.Check("unlock-account", "reset-password",
								"flow.unlock-account.reset-password.title", "not-solved", "ui.wizard.answer.not-solved",
								null)),
				List.of(), List.of(), filedInsideWait);
	}

	@Test
	void aRequestFiledInsideAWaitSaysSoAndOthersDoNot() {
		String inside = "Filed inside a wait: a change made during the checks had not yet reached Microsoft’s longest"
				+ " time to take effect.";
		assertThat(summaries.text(request(Cloud.WORLDWIDE, true), Language.ENGLISH)).contains(inside);
		assertThat(summaries.text(request(Cloud.WORLDWIDE, false), Language.ENGLISH)).doesNotContain("Filed inside");
	}

	@Test
	void theEnglishSummaryListsEverythingSupportNeedsAsPlainText() {
		String text = summaries.text(request(Cloud.WORLDWIDE), Language.ENGLISH);

		assertThat(text).isEqualTo("""
				Support request SW-7K3F-9QMX (from Stepwise)
				Problem: Unlock an account (Stepwise guide, version 1)
				Result of the guided checks: This needs a support request
				Affected user: adele@contoso.com
				Tenant’s cloud: Worldwide
				Sent: Nov 20, 2026, 9:15 AM UTC by alex.wilber@contoso.com
				E-mail: alex@contoso.com
				Preferred contact: E-mail

				Description:
				Line one.
				Line two.

				2 checks already made:
				1. What is happening to the user? – answer: They can’t sign in (Nov 20, 2026, 9:15 AM UTC)
				2. Reset the user’s password – answer: No, it isn’t solved""");
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void everyLanguageHasItsOwnSummaryWithoutMarkupOrMissingTexts(Language language) {
		String text = summaries.text(request(Cloud.GERMANY), language);

		assertThat(text).doesNotContain("⟦", "**", "{").contains("SW-7K3F-9QMX", "adele@contoso.com");
	}

	@Test
	void slovenianCountsChecksWithItsOwnPluralForms() {
		assertThat(summaries.text(request(Cloud.WORLDWIDE), Language.SLOVENIAN))
			.contains("Že opravljeni 2 preverjanji:");
	}

	@Test
	void theStepsToOpenARequestWithMicrosoftDependOnTheCloud() {
		assertThat(summaries.vendorSteps(Cloud.WORLDWIDE)).hasSize(4).isEqualTo(summaries.vendorSteps(Cloud.GERMANY));
		assertThat(summaries.vendorSteps(Cloud.CHINA_21VIANET)).hasSize(3);
		for (Language language : Language.values()) {
			assertThat(summaries.vendorSteps(Cloud.CHINA_21VIANET))
				.allSatisfy(key -> assertThat(BUNDLES.pattern(language, key)).isPresent());
		}
		assertThat(BUNDLES.pattern(Language.SWEDISH, "ui.escalation.vendor.admin-center.2"))
			.contains("Välj **Hjälp & support**.");
	}

}
