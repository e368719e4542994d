package app.stepwise.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.stepwise.TestUsers;
import app.stepwise.escalation.Requests;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequests;
import app.stepwise.escalation.UndeliveredNotification;
import app.stepwise.escalation.UndeliveredNotifications;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.i18n.Language;
import app.stepwise.security.Roles;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * A notification that failed too often leaves the outbox and becomes a dead letter: it is
 * warned about once, support staff see it and can send it again; completed notifications
 * are purged after a while.
 */
@ExtendWith(OutputCaptureExtension.class)
class DeadLettersTest extends WebhookTest {

	@Autowired
	private SupportRequests requests;

	@Autowired
	private UndeliveredNotifications undelivered;

	@Autowired
	private FlowCatalog catalog;

	@Autowired
	private NotificationRetry retry;

	@Autowired
	private ApplicationContext context;

	@AfterEach
	void receiverBackUp() {
		receiver.refuseNext(0);
	}

	private List<UndeliveredNotification> asSupport() {
		AtomicReference<List<UndeliveredNotification>> seen = new AtomicReference<>();
		TestUsers.runAs(context, "sam@contoso.com", Roles.SUPPORT, () -> seen.set(undelivered.list()));
		return seen.get();
	}

	private Integer publicationsAbout(SupportRequest request) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?",
				Integer.class, "%" + request.reference() + "%");
	}

	@Test
	void aNotificationThatFailedTooOftenIsWarnedAboutOnceAndCanBeSentAgainBySupportStaff(CapturedOutput output) {
		receiver.refuseNext(1_000);
		SupportRequest request = Requests.file(requests, catalog, "unlock-account", Language.ENGLISH,
				"hal@contoso.com");
		await().atMost(Duration.ofSeconds(10)).until(() -> !about(request).isEmpty());
		// As if it had been retried twenty times already.
		jdbc.update("UPDATE event_publication SET completion_attempts = 20 WHERE serialized_event LIKE ?",
				"%" + request.reference() + "%");

		await().atMost(Duration.ofSeconds(10))
			.until(() -> asSupport().stream().anyMatch(n -> n.reference().equals(request.reference())));
		// Several more rounds pass: it is neither retried nor warned about again.
		int postsSoFar = about(request).size();
		await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> true);

		assertThat(publicationsAbout(request)).isZero();
		assertThat(about(request)).hasSize(postsSoFar);
		assertThat(output.getAll().lines().filter(l -> l.contains("is given up") && l.contains(request.reference())))
			.hasSize(1);
		UndeliveredNotification dead = asSupport().stream()
			.filter(n -> n.reference().equals(request.reference()))
			.findFirst()
			.orElseThrow();
		assertThat(dead.channel()).isEqualTo(UndeliveredNotification.Channel.WEBHOOK);
		assertThat(dead.attempts()).isEqualTo(20);

		receiver.refuseNext(0);
		TestUsers.runAs(context, "sam@contoso.com", Roles.SUPPORT,
				() -> assertThat(undelivered.sendAgain(dead)).isTrue());

		await().atMost(Duration.ofSeconds(10))
			.until(() -> about(request).stream().anyMatch(WebhookReceiver.Received::accepted) && outboxDone(request));
		assertThat(asSupport()).noneMatch(n -> n.reference().equals(request.reference()));
		assertThat(output.getAll()).contains("\"action\":\"notification-sent-again\",\"actor\":\"sam@contoso.com\"",
				request.reference() + " webhook");
		TestUsers.runAs(context, "sam@contoso.com", Roles.SUPPORT,
				() -> assertThat(undelivered.sendAgain(dead)).isFalse());
	}

	@Test
	void onlySupportStaffSeeOrSendUndeliveredNotifications() {
		UndeliveredNotification any = new UndeliveredNotification(UUID.randomUUID(),
				UndeliveredNotification.Channel.MAIL, "SW-AAAA-AAAA", Instant.now(), 20, Instant.now());

		assertThatThrownBy(() -> undelivered.list()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> undelivered.sendAgain(any)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void completedNotificationsArePurgedAfterAWeek() {
		UUID old = completedPublication(Duration.ofDays(8));
		UUID recent = completedPublication(Duration.ofDays(6));

		retry.purgeNow();

		assertThat(jdbc.queryForList("SELECT id FROM event_publication WHERE id IN (?, ?)", UUID.class, old, recent))
			.containsExactly(recent);
		jdbc.update("DELETE FROM event_publication WHERE id = ?", recent);
	}

	private UUID completedPublication(Duration ago) {
		UUID id = UUID.randomUUID();
		Timestamp at = Timestamp.from(Instant.now().minus(ago));
		jdbc.update("INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,"
				+ " completion_date, status, completion_attempts) VALUES (?, 'x', 'y', '{}', ?, ?, 'COMPLETED', 0)", id,
				at, at);
		return id;
	}

}
