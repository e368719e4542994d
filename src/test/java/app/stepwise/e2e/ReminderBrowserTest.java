package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.stepwise.reminders.MovableClock;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * Leaving a run at a wait and coming back through the reminder, in a real browser: at
 * "unblock the user" the operator asks to be reminded; when the clock passes the usual
 * wait, the mail arrives (GreenMail) in the operator's language, and its link opens the
 * same run at that step in a fresh browser. Then the run goes on to an escalation inside
 * the longest wait, which is called too early. Screenshots of the wait and of the
 * too-early outcome go to {@code target/screenshots/}.
 */
@TestPropertySource(
		properties = { "stepwise.reminders.interval=300ms", "stepwise.reminders.addresses.admin=admin@contoso.com" })
class ReminderBrowserTest extends BrowserTest {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

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
		return new MovableClock(Instant.parse("2027-03-01T08:00:00Z"));
	}

	private List<MimeMessage> mails(String subjectStart) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return m.getSubject().startsWith(subjectStart);
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	private void screenshot(String name) {
		page.screenshot(
				new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/" + name + ".png")));
	}

	@ParameterizedTest
	@CsvSource({ "sv, Kontrollera igen: , kl.", "sl, Preverite znova: , ob" })
	void theReminderArrivesWhenTheWaitIsOverAndItsLinkOpensTheStep(String language, String subject, String at)
			throws Exception {
		MovableClock moving = (MovableClock) clock;
		open("flow/unlock-account?entry=cannot-send&lang=" + language);
		answer("listed");
		answer("already-secured");
		expectStep("unlock-account/unblock-sender");
		assertThat(byId("wait").textContent()).contains(at);
		click("remind-me");
		assertThat(byId("reminder-status").textContent()).contains("admin@contoso.com");
		screenshot("reminder-wait-" + language);

		assertThat(mails(subject)).isEmpty();
		moving.advance(Duration.ofMinutes(61));
		await().atMost(Duration.ofSeconds(30)).until(() -> mails(subject).size() == 1);

		String text = (String) mails(subject).getFirst().getContent();
		Matcher link = LINK.matcher(text);
		assertThat(link.find()).as(text).isTrue();
		assertThat(link.group()).startsWith(url("my-runs/")).contains("?at=3&").endsWith("lang=" + language);

		// Another device: a new browser, signed in, follows the link.
		page.context().clearCookies();
		signIn("admin", "admin");
		page.navigate(link.group());
		settle();
		expectStep("unlock-account/unblock-sender");
		assertThat(page.url()).contains("/flow/unlock-account/unblock-sender?path=");
		// The same run, with its times: a new run opened from the step's address would
		// know none and could not say by when to check.
		assertThat(byId("wait").textContent()).contains(at);

		// Escalating three hours into the 24 hours Microsoft allows is too early.
		answer("not-solved");
		answer("under-24-hours");
		moving.advance(Duration.ofHours(3));
		answer("not-solved");
		expectStep("unlock-account/escalate");
		assertThat(byId("too-early-text").isVisible()).isTrue();
		screenshot("reminder-too-early-" + language);
	}

}
