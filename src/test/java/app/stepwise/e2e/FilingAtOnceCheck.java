package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many people press "send" on the support request form at the same moment, each in a
 * session of their own, while {@code docs/ops/faults} kills the server ({@code kill -9})
 * a moment later. Not part of {@code ./mvnw verify} (surefire's default includes do not
 * match the name).
 *
 * <p>
 * Everyone is first signed in and walked to the request form, which is filled in; then
 * every page is told to press the button at one agreed time, written to {@code filing-at}
 * in the work directory (milliseconds since the epoch) for the script. Once a given
 * number of pages have their answer, the check writes {@code kill-now}; the script kills
 * the server then (or after a fixed delay of its own) and writes the time in
 * {@code killed-at}. So, however fast or busy the machine, some people have seen their
 * reference, some requests are on their way, and some not yet begun. What each person
 * then sees is written down: {@code references.txt} (reference and person, one line each:
 * only references a page actually showed) and {@code people.txt} (person, when the button
 * was pressed and when the reference appeared, in milliseconds after the agreed time, or
 * {@code -}, the reference or {@code -}, and {@code failed} if the form said saving
 * failed, else {@code -}). Whether those references are stored, once, with their
 * notifications, is for the script to check against the database and the webhook
 * receiver.
 *
 * <p>
 * Properties: {@code stepwise.faults.url}, {@code stepwise.faults.user} and
 * {@code stepwise.faults.password} (a user who may file requests),
 * {@code stepwise.faults.work} (the work directory), {@code stepwise.faults.people}
 * (default 50), {@code stepwise.faults.kill-at-shown} (default half of them),
 * {@code stepwise.faults.lead-ms} (how long after the last form is ready the button is
 * pressed, default 3000).
 */
class FilingAtOnceCheck extends ChromiumPage {

	private static final GivenServer SERVER = GivenServer.named("stepwise.faults", "target/faults");

	private static final int PEOPLE = Integer.getInteger("stepwise.faults.people", 50);

	private static final long LEAD_MS = Long.getLong("stepwise.faults.lead-ms", 3000);

	/**
	 * How many pages must show their reference before the script is asked to kill the
	 * server: half of them unless {@code stepwise.faults.kill-at-shown} says otherwise.
	 */
	private static final int KILL_AT_SHOWN = Integer.getInteger("stepwise.faults.kill-at-shown", PEOPLE / 2);

	/** How long to wait for the script's kill once the button was pressed. */
	private static final long KILL_WAIT_MS = 120_000;

	/**
	 * After the kill: long enough for an answer already on its way to be shown, short
	 * enough that no page gives up on its server and loads itself again.
	 */
	private static final long AFTER_KILL_MS = 3000;

	/**
	 * Run in each page: presses the send button at the agreed time and notes when the
	 * reference appears, watching the page rather than polling it.
	 */
	private static final String PRESS_AT = """
			at => {
			  const button = document.getElementById('send-request');
			  const shown = () => {
			    const reference = document.getElementById('reference');
			    if (reference && reference.textContent.trim() && !window.stepwiseShownAt) {
			      window.stepwiseShownAt = Date.now();
			    }
			    return !!window.stepwiseShownAt;
			  };
			  const watch = new MutationObserver(() => shown() && watch.disconnect());
			  watch.observe(document.body, { childList: true, subtree: true, characterData: true });
			  setTimeout(() => { window.stepwisePressedAt = Date.now(); button.click(); }, Math.max(0, at - Date.now()));
			}
			""";

	private static final String WHAT_WAS_SEEN = """
			() => ({
			  pressed: window.stepwisePressedAt || 0,
			  shown: window.stepwiseShownAt || 0,
			  reference: (document.getElementById('reference') || { textContent: '' }).textContent.trim(),
			  failed: !!document.getElementById('form-error') && !document.getElementById('form-error').hidden
			})
			""";

	private final List<BrowserContext> people = new ArrayList<>();

	@BeforeAll
	static void theServerIsGiven() {
		SERVER.requireGiven();
	}

	@Override
	protected String url(String path) {
		return SERVER.url(path);
	}

	@Test
	void peopleFileRequestsAtTheSameMomentWhileTheServerIsKilled() throws IOException, InterruptedException {
		List<Page> pages = new ArrayList<>();
		for (int person = 1; person <= PEOPLE; person++) {
			BrowserContext own = person == 1 ? context : Chromium.browser().newContext(contextOptions());
			people.add(own);
			page = person == 1 ? page : own.newPage();
			page.setDefaultTimeout(30_000);
			signIn(SERVER.user(), SERVER.password());
			fillInARequest("Filed at once, person " + person + " of " + PEOPLE);
			pages.add(page);
		}

		long at = System.currentTimeMillis() + LEAD_MS;
		Set<Page> answered = ConcurrentHashMap.newKeySet();
		for (Page each : pages) {
			// Vaadin's answer to the press: the only request of the page's UI from now on
			each.onRequestFinished(request -> {
				if (request.url().contains("v-r=uidl")) {
					answered.add(each);
				}
			});
			each.evaluate(PRESS_AT, (double) at); // Playwright passes no long
		}
		Files.createDirectories(SERVER.work());
		Path announced = SERVER.work().resolve("filing-at.tmp");
		Files.writeString(announced, at + "\n");
		Files.move(announced, SERVER.work().resolve("filing-at"), StandardCopyOption.ATOMIC_MOVE);
		int answeredWhenAsked = askForTheKill(pages.getFirst(), answered, at + KILL_WAIT_MS);
		long killedAt = waitForTheKill(at + KILL_WAIT_MS);
		Thread.sleep(AFTER_KILL_MS);

		StringBuilder references = new StringBuilder();
		StringBuilder seen = new StringBuilder();
		int pressed = 0;
		int shown = 0;
		for (int person = 1; person <= pages.size(); person++) {
			Map<?, ?> what = (Map<?, ?>) pages.get(person - 1).evaluate(WHAT_WAS_SEEN);
			long pressedAt = ((Number) Objects.requireNonNull(what.get("pressed"))).longValue();
			long shownAt = ((Number) Objects.requireNonNull(what.get("shown"))).longValue();
			String reference = String.valueOf(what.get("reference"));
			pressed += pressedAt > 0 ? 1 : 0;
			if (!reference.isEmpty()) {
				shown++;
				references.append(reference).append(' ').append(person).append('\n');
			}
			seen.append(person)
				.append(' ')
				.append(pressedAt > 0 ? String.valueOf(pressedAt - at) : "-")
				.append(' ')
				.append(shownAt > 0 ? String.valueOf(shownAt - at) : "-")
				.append(' ')
				.append(reference.isEmpty() ? "-" : reference)
				.append(' ')
				.append(Boolean.TRUE.equals(what.get("failed")) ? "failed" : "-")
				.append('\n');
		}
		Files.writeString(SERVER.work().resolve("references.txt"), references);
		Files.writeString(SERVER.work().resolve("people.txt"), seen);
		System.out.printf("%d people pressed send, %d saw a reference (%d were answered when the kill was asked for);"
				+ " killed %d ms after the agreed time%n", pressed, shown, answeredWhenAsked, killedAt - at);

		assertThat(pressed).as("people whose page pressed send at the agreed time").isEqualTo(PEOPLE);
	}

	@AfterEach
	void closeEveryone() {
		for (BrowserContext person : people) {
			if (person != context) {
				person.close();
			}
		}
	}

	/**
	 * Waits until {@link #KILL_AT_SHOWN} pages have had Vaadin's answer to their press
	 * (the reference it shows), then asks the script to kill the server by writing
	 * {@code kill-now}; stops waiting if the script kills it first (after a fixed delay
	 * of its own) or the deadline passes. Counting answers as Playwright reports them is
	 * quicker than asking each page in turn, which on a busy machine takes seconds.
	 * @return how many pages had their answer when the kill was asked for
	 */
	private static int askForTheKill(Page any, Set<Page> answered, long deadline) throws IOException {
		Path killed = SERVER.work().resolve("killed-at");
		while (answered.size() < KILL_AT_SHOWN && !Files.exists(killed) && System.currentTimeMillis() < deadline) {
			any.waitForTimeout(10); // lets Playwright deliver the pages' events
		}
		int count = answered.size();
		Path asked = SERVER.work().resolve("kill-now.tmp");
		Files.writeString(asked, count + "\n");
		Files.move(asked, SERVER.work().resolve("kill-now"), StandardCopyOption.ATOMIC_MOVE);
		return count;
	}

	/** The time of the kill, as the script wrote it. */
	private static long waitForTheKill(long deadline) throws IOException, InterruptedException {
		Path killed = SERVER.work().resolve("killed-at");
		while (!Files.exists(killed)) {
			assertThat(System.currentTimeMillis()).as("time waited for the server to be killed").isLessThan(deadline);
			Thread.sleep(50);
		}
		return Long.parseLong(Files.readString(killed).strip());
	}

	/**
	 * Walks to the escalation of a locked-out account and fills in the form, leaving no
	 * field with focus, so that every value has reached the server before send is pressed
	 * and pressing it is a single round trip.
	 */
	private void fillInARequest(String description) {
		open("");
		page.locator("a.problem-card[id$='-locked-out']").click();
		settle();
		for (String answer : List.of("not-solved", "not-solved", "no-signs")) {
			answer(answer);
		}
		expectStep("unlock-account/escalate");
		fillRequestForm(description);
		page.evaluate("() => document.activeElement && document.activeElement.blur()");
		settle();
	}

}
