package app.stepwise.reminders.internal;

import app.stepwise.escalation.NotificationDelivery;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.Messages;
import app.stepwise.reminders.ReminderKind;
import app.stepwise.reminders.ReminderProperties;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Mails a due reminder to the operator, in the language they used, with a link to the run
 * at the step that checks again. Runs from the outbox: a mail server that is down delays
 * the reminder (it is retried with the team's notifications), and the delivery ledger
 * sends it once. A reminder cancelled meanwhile (the run moved on or ended) is dropped
 * quietly.
 */
class ReminderMailer {

	private static final Logger log = LoggerFactory.getLogger(ReminderMailer.class);

	static final String CHANNEL = "reminder:";

	/** Longer than any mail server takes to accept a message. */
	private static final Duration HOLD = Duration.ofMinutes(5);

	private final JavaMailSender sender;

	private final ReminderStore store;

	private final NotificationDelivery delivery;

	private final Messages messages;

	private final ReminderProperties properties;

	ReminderMailer(JavaMailSender sender, ReminderStore store, NotificationDelivery delivery, Messages messages,
			ReminderProperties properties) {
		this.sender = sender;
		this.store = store;
		this.delivery = delivery;
		this.messages = messages;
		this.properties = properties;
	}

	@ApplicationModuleListener
	void on(ReminderDue due) {
		Optional<ReminderStore.Stored> found = store.find(due.reminderId());
		if (found.isEmpty() || found.get().cancelledAt() != null) {
			log.debug("Reminder {} is no longer wanted; dropped", due.reference());
			return;
		}
		ReminderStore.Stored reminder = found.get();
		String what = "Reminder " + due.reference();
		if (delivery.deliverOnce(CHANNEL + reminder.id(), HOLD, what, () -> send(reminder))) {
			log.info("Sent reminder {} about run {}", due.reference(), reminder.runId());
		}
		else {
			log.info("{} was already sent", what);
		}
	}

	private void send(ReminderStore.Stored reminder) {
		Language language = Language.byTag(reminder.language()).orElse(Language.ENGLISH);
		Map<String, Object> arguments = Map.of("step",
				messages.get(language, "flow." + reminder.stepFlowId() + "." + reminder.stepId() + ".title", Map.of()),
				"flow", messages.get(language, "flow." + reminder.flowId() + ".title", Map.of()), "usual",
				reminder.usualHours(), "max", reminder.maxHours(), "link", link(reminder, language));
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(properties.from());
		mail.setTo(reminder.operatorEmail());
		mail.setSubject(messages.get(language, "ui.reminders.mail.subject", arguments));
		mail.setText(messages.get(language,
				reminder.kind() == ReminderKind.USUAL ? "ui.reminders.mail.usual" : "ui.reminders.mail.latest",
				arguments));
		sender.send(mail);
	}

	/** The run at the step that checks again, in the operator's language. */
	static String link(ReminderStore.Stored reminder, Language language) {
		String base = reminder.baseUrl().endsWith("/") ? reminder.baseUrl() : reminder.baseUrl() + "/";
		String address = reminder.address();
		return base + address + (address.contains("?") ? "&" : "?") + "lang=" + language.tag();
	}

}
