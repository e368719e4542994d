package app.stepwise.escalation.internal;

import app.stepwise.escalation.RequestSummaries;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequestFiled;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.Messages;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the team about each new support request: subject and text in the team's language,
 * then in English. Runs from the outbox after the request is stored, so a mail server
 * that is down delays the mail instead of losing it.
 */
@Component
@ConditionalOnProperty(prefix = "stepwise.notifications.mail", name = "to")
class MailNotifier {

	private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);

	static final String CHANNEL = "mail:";

	/** Longer than any mail server takes to accept a message. */
	private static final Duration HOLD = Duration.ofMinutes(5);

	private static final String SEPARATOR = "\n\n――――――――――――――――――――――――――――――――\n\n";

	private final JavaMailSender sender;

	private final NotificationProperties.Mail properties;

	private final Language language;

	private final NotifiedRequests requests;

	private final RequestSummaries summaries;

	private final Messages messages;

	private final DeliveryLedger ledger;

	MailNotifier(ObjectProvider<JavaMailSender> sender, NotificationProperties properties, NotifiedRequests requests,
			RequestSummaries summaries, Messages messages, DeliveryLedger ledger) {
		this.sender = sender.getIfAvailable(() -> {
			throw new IllegalStateException(
					"stepwise.notifications.mail.to is set, but no mail server is: set spring.mail.host");
		});
		this.properties = properties.mail();
		this.language = Language.byTag(properties.mail().language())
			.orElseThrow(() -> new IllegalStateException("stepwise.notifications.mail.language must be one of "
					+ Arrays.stream(Language.values()).map(Language::tag).toList()));
		this.requests = requests;
		this.summaries = summaries;
		this.messages = messages;
		this.ledger = ledger;
	}

	@ApplicationModuleListener
	void on(SupportRequestFiled filed) {
		String what = "Mail about " + filed.reference();
		if (ledger.deliverOnce(CHANNEL + filed.requestId(), HOLD, what,
				() -> send(filed)) == DeliveryLedger.Delivery.ALREADY_DELIVERED) {
			log.info("{} was already sent", what);
		}
		else {
			log.info("Mailed the team about {}", filed.reference());
		}
	}

	private void send(SupportRequestFiled filed) {
		SupportRequest request = requests.read(filed);
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(properties.from());
		mail.setTo(properties.to().toArray(String[]::new));
		mail.setSubject(bilingual(subject(language, request), subject(Language.ENGLISH, request), " / "));
		mail.setText(
				bilingual(summaries.text(request, language), summaries.text(request, Language.ENGLISH), SEPARATOR));
		sender.send(mail);
	}

	private String subject(Language in, SupportRequest request) {
		return messages.get(in, "ui.escalation.mail.subject",
				Map.of("reference", request.reference(), "flow", messages.get(in, request.flowTitleKey(), Map.of())));
	}

	private String bilingual(String team, String english, String separator) {
		return language == Language.ENGLISH ? english : team + separator + english;
	}

}
