package app.stepwise.reminders.ui;

import app.stepwise.wizard.ui.Answers;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.i18n.Language;
import app.stepwise.reminders.MovableClock;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The wait of "unblock the user" says when to check again in the reader's language and
 * time zone (UTC here, as no browser reported one), counted from when the run reached the
 * step; "Remind me" stores the reminders and says when they come. An escalation inside
 * the longest wait says it is too early and offers the reminder, with the request form
 * still below.
 */
@TestPropertySource(properties = { "spring.mail.host=localhost", "stepwise.reminders.interval=1h",
		"stepwise.reminders.addresses.test-admin=admin@contoso.com" })
class WaitNoteViewTest extends KaribuTest {

	static final Instant T0 = Instant.parse("2027-03-01T12:00:00Z");

	@TestBean
	private Clock clock;

	static Clock clock() {
		return new MovableClock(T0);
	}

	@BeforeEach
	void startAtT0() {
		((MovableClock) clock).set(T0);
	}

	private static void answer(String answerId) {
		Answers.click(answerId);
	}

	private static String text(String id) {
		return _get(Paragraph.class, spec -> spec.withId(id)).getText();
	}

	private void toTheWait(Language language) {
		UI.getCurrent().setLocale(language.locale());
		navigate("flow/unlock-account?entry=cannot-send");
		answer("listed");
		answer("already-secured");
	}

	@Test
	void theWaitSaysWhenToCheckAgainAndRemindsOnRequest() {
		toTheWait(Language.SWEDISH);

		assertThat(text("wait")).isEqualTo("Det brukar slå igenom inom 1 timme, som mest 24 timmar. "
				+ "Kontrollera igen: oftast klart kl. 13:00, senast i morgon kl. 12:00.");

		_click(_get(Button.class, spec -> spec.withId("remind-me")));

		assertThat(text("reminder-status")).isEqualTo("Stepwise skickar e-post till admin@contoso.com (kl. 13:00) "
				+ "och igen (i morgon kl. 12:00) om problemet inte är löst, med en länk tillbaka till det här steget.");
		assertThat(_find(Button.class, spec -> spec.withId("remind-me")).stream().filter(Button::isVisible)).isEmpty();
	}

	@Test
	void theWaitCountsFromWhenTheRunReachedTheStep() {
		UI.getCurrent().setLocale(Language.SLOVENIAN.locale());
		navigate("flow/unlock-account?entry=cannot-send");
		answer("listed");
		((MovableClock) clock).advance(Duration.ofMinutes(20));
		answer("already-secured");
		((MovableClock) clock).advance(Duration.ofMinutes(5));

		assertThat(text("wait")).endsWith("Preverite znova: običajno ob 13:20, najpozneje jutri ob 12:20.");
	}

	@Test
	void anOperatorWithoutAnAddressIsToldSoInsteadOfOfferedTheButton() {
		startSessionAs("no-mail", app.stepwise.security.Roles.ADMIN);
		toTheWait(Language.ENGLISH);

		assertThat(_find(Button.class, spec -> spec.withId("remind-me")).stream().filter(Button::isVisible)).isEmpty();
		assertThat(text("reminder-status")).startsWith("Stepwise knows no e-mail address for your account");
	}

	@Test
	void escalatingInsideTheLongestWaitIsCalledTooEarlyAndOffersTheReminder() {
		toTheWait(Language.ENGLISH);
		answer("not-solved");
		answer("under-24-hours");
		((MovableClock) clock).advance(Duration.ofHours(3));
		answer("not-solved");

		assertThat(text("too-early-text"))
			.isEqualTo("Microsoft allows up to 24 hours for this change to take effect; 3 hours have passed.");
		_click(_get(Button.class, spec -> spec.withId("remind-me")));
		// The usual wait is over: only the reminder at the longest wait is left to send.
		assertThat(text("reminder-status")).startsWith("Stepwise will e-mail admin@contoso.com at ")
			.contains("tomorrow");
		// Asking for help anyway stays possible: the request form follows.
		assertThat(_find(Div.class, spec -> spec.withClasses("support-request"))).hasSize(1);
	}

	@Test
	void escalatingAfterTheLongestWaitSaysNothingOfWaiting() {
		toTheWait(Language.ENGLISH);
		answer("not-solved");
		answer("under-24-hours");
		((MovableClock) clock).advance(Duration.ofHours(25));
		answer("not-solved");

		assertThat(_find(Paragraph.class, spec -> spec.withId("too-early-text"))).isEmpty();
	}

}
