package app.stepwise.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.i18n.Language;
import app.stepwise.i18n.MessageBundles;
import app.stepwise.i18n.Messages;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The summaries of a request carry what tenant checks showed, in the reader's language.
 */
class EvidenceSummaryTest {

	private static final MessageBundles BUNDLES = MessageBundles.load(EvidenceSummaryTest.class.getClassLoader());

	private final RequestSummaries summaries = new RequestSummaries(new Messages(BUNDLES, true));

	@Test
	void theEnglishSummaryEndsWithWhatWasReadInTheTenant() {
		assertThat(summaries.text(EvidenceFixtures.request(EvidenceFixtures.twoChecks()), Language.ENGLISH))
			.endsWith("""

					What Stepwise read in the tenant (2 checks, read-only):
					Account – tenant contoso, checked Nov 20, 2026, 9:14 AM UTC:
					  - Sign-in is blocked for this account
					Sign-ins – tenant contoso, checked Nov 20, 2026, 9:14 AM UTC:
					  - 3 failed sign-ins since the last successful one""");
	}

	@Test
	void withoutEvidenceTheSummarySaysNothingAboutATenant() {
		assertThat(summaries.text(EvidenceFixtures.request(List.of()), Language.ENGLISH)).doesNotContain("tenant");
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void everyLanguageSaysItWithoutMissingTexts(Language language) {
		String text = summaries.text(EvidenceFixtures.request(EvidenceFixtures.twoChecks()), language);

		assertThat(text).doesNotContain(Messages.MISSING_MARK, "{", "}").contains("contoso");
	}

}
