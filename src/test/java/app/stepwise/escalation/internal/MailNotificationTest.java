package app.stepwise.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.stepwise.SignedInAs;
import app.stepwise.escalation.Requests;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequests;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.i18n.Language;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With mail configured, the team gets each new request by e-mail, in its own language and
 * in English, through a real SMTP server (GreenMail) in the test. The operator files
 * signed in; the mail goes out afterwards on another thread, where nobody is.
 */
@SpringBootTest(properties = { "stepwise.notifications.mail.to=helpdesk@contoso.com,lead@contoso.com",
		"stepwise.notifications.mail.from=stepwise@contoso.com", "stepwise.notifications.mail.language=sv",
		"stepwise.notifications.retry.interval=200ms", "stepwise.notifications.retry.initial-backoff=100ms" })
@SignedInAs("alex@contoso.com")
class MailNotificationTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	private SupportRequests requests;

	@Autowired
	private FlowCatalog catalog;

	private List<MimeMessage> mailsAbout(String reference) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(reference)).toList();
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void theTeamIsMailedInItsLanguageAndInEnglish() throws Exception {
		SupportRequest request = Requests.file(requests, catalog, "unlock-account", Language.DANISH,
				"anna@contoso.com");

		// One message, delivered to both mailboxes.
		await().atMost(Duration.ofSeconds(30)).until(() -> mailsAbout(request.reference()).size() == 2);

		MimeMessage mail = mailsAbout(request.reference()).getFirst();
		assertThat(mail.getFrom()[0].toString()).isEqualTo("stepwise@contoso.com");
		assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
			.containsExactly("helpdesk@contoso.com", "lead@contoso.com");
		assertThat(mail.getSubject()).isEqualTo("Nytt supportärende " + request.reference() + ": Lås upp ett konto / "
				+ "New support request " + request.reference() + ": Unlock an account");
		String body = (String) mail.getContent();
		assertThat(body).contains("Supportärende " + request.reference(), "Berörd användare: anna@contoso.com",
				"Support request " + request.reference(), "Affected user: anna@contoso.com");
		assertThat(body.indexOf("Berörd användare")).isLessThan(body.indexOf("Affected user"));
	}

}
