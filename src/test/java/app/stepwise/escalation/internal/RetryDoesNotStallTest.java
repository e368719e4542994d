package app.stepwise.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.stepwise.escalation.Requests;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequests;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.i18n.Language;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A failed notification is retried when its pause is over, however many older
 * notifications failed before it: those given up, or still pausing, must not hold it up.
 */
class RetryDoesNotStallTest extends WebhookTest {

	private static final String LISTENER = "app.stepwise.escalation.internal.WebhookNotifier.on(app.stepwise.escalation.SupportRequestFiled)";

	@Autowired
	private SupportRequests requests;

	@Autowired
	private FlowCatalog catalog;

	@AfterEach
	void removeTheOlderFailures() {
		jdbc.update("DELETE FROM event_publication WHERE serialized_event LIKE '%SW-OLD%'");
		jdbc.update("DELETE FROM notification_dead_letter WHERE reference LIKE 'SW-OLD%'");
	}

	/**
	 * Failed publications about requests filed a day ago, older than anything the test
	 * files: with the given attempts, retried last at the given time.
	 */
	private void olderFailures(int count, int attempts, Instant lastRetry) {
		Instant published = Instant.now().minus(Duration.ofDays(1));
		for (int i = 0; i < count; i++) {
			String event = "{\"requestId\":\"" + UUID.randomUUID() + "\",\"reference\":\"SW-OLD-" + i
					+ "\",\"runId\":\"" + UUID.randomUUID() + "\",\"filedAt\":\"" + published + "\"}";
			jdbc.update(
					"INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,"
							+ " status, completion_attempts, last_resubmission_date) VALUES (?, ?, ?, ?, ?, 'FAILED', ?, ?)",
					UUID.randomUUID(), LISTENER, "app.stepwise.escalation.SupportRequestFiled", event,
					Timestamp.from(published.plusMillis(i)), attempts, Timestamp.from(lastRetry));
		}
	}

	private SupportRequest fileWhileTheReceiverIsDown(String affectedUser) {
		receiver.refuseNext(1);
		return Requests.file(requests, catalog, "unlock-account", Language.ENGLISH, affectedUser);
	}

	@Test
	void fiftyNotificationsGivenUpDoNotHoldUpANewerOne() {
		olderFailures(60, 20, Instant.now().minus(Duration.ofHours(1)));

		SupportRequest request = fileWhileTheReceiverIsDown("fay@contoso.com");

		await().atMost(Duration.ofSeconds(10))
			.until(() -> about(request).stream().anyMatch(WebhookReceiver.Received::accepted));
	}

	@Test
	void fiftyNotificationsStillPausingDoNotHoldUpANewerOne() {
		// Retried "an hour from now": their pause cannot end during the test.
		olderFailures(60, 3, Instant.now().plus(Duration.ofHours(1)));

		SupportRequest request = fileWhileTheReceiverIsDown("gus@contoso.com");

		await().atMost(Duration.ofSeconds(10))
			.until(() -> about(request).stream().anyMatch(WebhookReceiver.Received::accepted));
		assertThat(about(request)).extracting(WebhookReceiver.Received::answeredWith).containsExactly(503, 200);
	}

}
