package app.stepwise.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a valid change of a request's status looks like. */
class StatusChangeRulesTest {

	@Test
	void anotherStatusOrACommentUnderTheSameOneIsAChange() {
		assertThat(StatusChangeRules.check(RequestStatus.NEW, RequestStatus.IN_PROGRESS, "")).isEmpty();
		assertThat(StatusChangeRules.check(RequestStatus.NEW, RequestStatus.NEW, "Called, no answer.")).isEmpty();
	}

	@Test
	void theSameStatusWithoutACommentChangesNothingAndSaysSo() {
		assertThat(StatusChangeRules.check(RequestStatus.NEW, RequestStatus.NEW, "  \n ")).singleElement()
			.satisfies(p -> {
				assertThat(p.field()).isEqualTo(RequestField.STATUS);
				assertThat(p.messageKey()).isEqualTo(StatusChangeRules.NOTHING_TO_CHANGE);
			});
	}

	@Test
	void aCommentLongerThanTheLimitIsRefusedWithTheLimitForTheMessage() {
		String tooLong = "x".repeat(StatusChangeRules.MAX_COMMENT + 1);

		assertThat(StatusChangeRules.check(RequestStatus.NEW, RequestStatus.RESOLVED, tooLong)).singleElement()
			.satisfies(p -> {
				assertThat(p.field()).isEqualTo(RequestField.COMMENT);
				assertThat(p.messageKey()).isEqualTo(RequestRules.TOO_LONG);
				assertThat(p.arguments()).isEqualTo(Map.of("max", StatusChangeRules.MAX_COMMENT));
			});
		assertThat(StatusChangeRules.check(RequestStatus.NEW, RequestStatus.RESOLVED,
				" " + "x".repeat(StatusChangeRules.MAX_COMMENT) + " "))
			.isEmpty();
	}

}
