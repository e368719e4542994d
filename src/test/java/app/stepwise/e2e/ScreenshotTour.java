package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.i18n.Language;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes a screenshot of every distinct screen in every language to
 * {@code docs/screenshots/}. Not part of the normal test run; see the README for the
 * command.
 */
@EnabledIfSystemProperty(named = "stepwise.screenshots", matches = ".+")
class ScreenshotTour extends BrowserTest {

	private Path directory;

	private int written;

	@Override
	protected @Nullable String user() {
		return null;
	}

	/** The kinds of step screen, each at an address that shows it. */
	static Map<String, String> steps() {
		Map<String, String> screens = new LinkedHashMap<>();
		screens.put("02-start", "");
		screens.put("03-question", "flow/unlock-account/symptom");
		screens.put("04-action", "flow/unlock-account/unblock-sender?path=cannot-send.listed.already-secured");
		screens.put("05-findings", "flow/unlock-account/find-restriction?path=cannot-send");
		screens.put("06-resolved", "flow/reset-passwords/resolved?path=someone-else.solved.done");
		screens.put("07-escalate", "flow/reset-passwords/escalate-own?path=my-own.locked-out.only-admin.not-solved");
		screens.put("08-request-form", "flow/reset-passwords/escalate?path=someone-else.not-solved.something-else");
		return screens;
	}

	@Test
	void photographEveryScreenInEveryLanguage() throws Exception {
		directory = Path.of(System.getProperty("stepwise.screenshots"));
		for (Language language : Language.values()) {
			Files.createDirectories(directory.resolve(language.tag()));
			open("login?lang=" + language.tag());
			shoot(language, "01-sign-in");
			signIn("support", "support");
			open("?lang=" + language.tag());
			for (Map.Entry<String, String> screen : steps().entrySet()) {
				go(screen.getValue());
				shoot(language, screen.getKey());
			}
			String reference = fileRequest("The password reset did not help; Adele still cannot sign in.");
			shoot(language, "09-request-filed");
			go("my-requests");
			shoot(language, "10-my-requests");
			go("support");
			shoot(language, "11-support-queue");
			go("support/" + reference);
			shoot(language, "12-request-detail");
			go("flow/no-such-flow");
			shoot(language, "13-not-found");
			go("flow-map/unlock-account?step=find-restriction");
			shoot(language, "14-flow-map");
			go("insight");
			shoot(language, "15-insight");
			go("my-runs");
			shoot(language, "16-my-runs");
			signOut();
		}
		assertThat(written).isEqualTo(Language.values().length * 16);
	}

	private void shoot(Language language, String name) {
		Path file = directory.resolve(language.tag()).resolve(name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		written++;
	}

}
