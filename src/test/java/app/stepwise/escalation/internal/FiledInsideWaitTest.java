package app.stepwise.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.escalation.RequestInput;
import app.stepwise.flow.Cloud;
import app.stepwise.flow.FlowRun;
import app.stepwise.flow.ShippedFlows;
import app.stepwise.i18n.Language;
import app.stepwise.wizard.ActiveRun;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A request filed while the wait of "give the unblock time to take effect" is still
 * running records that it was filed inside the wait; one filed after the longest wait
 * does not.
 */
class FiledInsideWaitTest {

	private static final Instant T0 = Instant.parse("2027-03-01T12:00:00Z");

	/** Escalated after waiting at wait-for-unblock, every answer at T0. */
	private static ActiveRun escalated() {
		FlowRun run = FlowRun
			.replay(ShippedFlows.catalog(), "unlock-account", Cloud.WORLDWIDE,
					List.of("cannot-send", "listed", "already-secured", "not-solved", "under-24-hours", "not-solved"),
					i -> T0)
			.run();
		return new ActiveRun(UUID.randomUUID(), run);
	}

	private static RequestDraft filedAt(Instant now) {
		RequestInput input = new RequestInput();
		input.setDescription("Still blocked.");
		input.setContactEmail("alex@contoso.com");
		return RequestDraft.of(escalated(), input, "alex@contoso.com", Language.ENGLISH, now);
	}

	@Test
	void aRequestFiledBeforeTheLongestWaitIsOverSaysSo() {
		assertThat(filedAt(T0.plus(Duration.ofHours(3))).filedInsideWait()).isTrue();
		assertThat(filedAt(T0.plus(Duration.ofHours(23).plusMinutes(59))).filedInsideWait()).isTrue();
	}

	@Test
	void aRequestFiledAfterTheLongestWaitDoesNot() {
		assertThat(filedAt(T0.plus(Duration.ofHours(24))).filedInsideWait()).isFalse();
	}

}
