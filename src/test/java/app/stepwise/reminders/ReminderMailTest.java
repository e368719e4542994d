package app.stepwise.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.stepwise.SignedInAs;
import app.stepwise.flow.Cloud;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.flow.FlowRun;
import app.stepwise.flow.WaitWindow;
import app.stepwise.i18n.Language;
import app.stepwise.reminders.internal.DueReminders;
import app.stepwise.reminders.internal.ReminderDue;
import app.stepwise.wizard.ActiveRun;
import app.stepwise.wizard.RunMovedOn;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders end to end below the screens: asked for at the wait of "unblock the sender",
 * mailed through the outbox to a real SMTP server (GreenMail) when the moved clock passes
 * the wait, in the operator's language, with a link to the run at that step; never twice,
 * and not at all once the run has moved on.
 */
@SpringBootTest(properties = { "stepwise.reminders.interval=1h", "stepwise.reminders.from=stepwise@contoso.com",
		"stepwise.notifications.retry.interval=200ms", "stepwise.notifications.retry.initial-backoff=100ms" })
@SignedInAs("alex@contoso.com")
class ReminderMailTest {

	static final Instant T0 = Instant.parse("2027-03-01T12:00:00Z");

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@TestBean
	private Clock clock;

	static Clock clock() {
		return new MovableClock(T0);
	}

	@Autowired
	private Reminders reminders;

	@Autowired
	private DueReminders due;

	@Autowired
	private FlowCatalog catalog;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private PlatformTransactionManager transactions;

	private MovableClock moving() {
		return (MovableClock) clock;
	}

	@BeforeEach
	void startAtT0() throws Exception {
		moving().set(T0);
		smtp.purgeEmailFromAllMailboxes();
	}

	/** A run at "unblock the sender", reached a minute after T0. */
	private ActiveRun atTheWait() {
		FlowRun run = FlowRun
			.replay(catalog, "unlock-account", Cloud.WORLDWIDE, List.of("cannot-send", "listed", "already-secured"),
					i -> T0.plusSeconds(30L * i))
			.run();
		return new ActiveRun(UUID.randomUUID(), run);
	}

	private List<Reminder> remind(ActiveRun active, Language language) {
		WaitWindow window = reminders.currentWait(active).orElseThrow();
		return reminders.remind(active, window, language, "https://stepwise.contoso.com");
	}

	private List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	@Test
	void theOperatorIsMailedInTheirLanguageWhenTheUsualWaitIsOverWithALinkToTheStep() throws Exception {
		ActiveRun active = atTheWait();
		List<Reminder> asked = remind(active, Language.SWEDISH);
		assertThat(asked).extracting(Reminder::kind).containsExactly(ReminderKind.USUAL, ReminderKind.LATEST);
		assertThat(asked).extracting(Reminder::address).containsOnly("alex@contoso.com");

		moving().set(T0.plus(Duration.ofMinutes(60)));
		assertThat(due.sendDue()).isZero();
		moving().set(T0.plus(Duration.ofMinutes(61)));
		assertThat(due.sendDue()).isOne();

		await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo("alex@contoso.com").size() == 1);
		MimeMessage mail = mailsTo("alex@contoso.com").getFirst();
		assertThat(mail.getFrom()[0].toString()).isEqualTo("stepwise@contoso.com");
		assertThat(mail.getSubject()).startsWith("Kontrollera igen: ").contains("Lås upp ett konto");
		assertThat((String) mail.getContent()).contains("Den vanliga väntetiden")
			.contains("https://stepwise.contoso.com/my-runs/" + active.id() + "?at=3&lang=sv");
		assertThat(reminders.pending(active.id())).extracting(Reminder::kind).containsExactly(ReminderKind.LATEST);
	}

	@Test
	void theSameReminderHandedOnTwiceIsMailedOnce() {
		ActiveRun active = atTheWait();
		Reminder usual = remind(active, Language.ENGLISH).getFirst();
		moving().set(T0.plus(Duration.ofHours(2)));
		assertThat(due.sendDue()).isOne();
		await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo("alex@contoso.com").size() == 1);

		// The outbox hands the event over again (a retry after a crash, say).
		new TransactionTemplate(transactions)
			.executeWithoutResult(tx -> events.publishEvent(new ReminderDue(usual.id(), "again")));

		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(5))
			.until(() -> mailsTo("alex@contoso.com").size() == 1);
	}

	@Test
	void aRunThatMovedOnGetsNoReminder() {
		ActiveRun active = atTheWait();
		remind(active, Language.ENGLISH);
		events.publishEvent(new RunMovedOn(active.id(), "unlock-account", "unlock-account", "resolved",
				T0.plus(Duration.ofMinutes(5))));

		moving().set(T0.plus(Duration.ofHours(30)));
		assertThat(due.sendDue()).isZero();
		assertThat(reminders.pending(active.id())).isEmpty();
	}

}
