package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.i18n.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes a screenshot of every distinct screen in every language to
 * {@code docs/screenshots/}. Not part of the normal test run; see the README for the
 * command.
 */
@EnabledIfSystemProperty(named = "stepwise.screenshots", matches = ".+")
class ScreenshotTour extends BrowserTest {

	/** The distinct kinds of screen, each at an address that shows it. */
	static Map<String, String> screens() {
		Map<String, String> screens = new LinkedHashMap<>();
		screens.put("01-start", "");
		screens.put("02-question", "flow/unlock-account/symptom");
		screens.put("03-action", "flow/unlock-account/unblock-sender?path=cannot-send.listed.already-secured");
		screens.put("04-findings", "flow/unlock-account/find-restriction?path=cannot-send");
		screens.put("05-resolved", "flow/reset-passwords/resolved?path=someone-else.solved.done");
		screens.put("06-escalate", "flow/reset-passwords/escalate-own?path=my-own.locked-out.only-admin.not-solved");
		screens.put("07-not-found", "flow/no-such-flow");
		return screens;
	}

	@Test
	void photographEveryScreenInEveryLanguage() throws Exception {
		Path directory = Path.of(System.getProperty("stepwise.screenshots"));
		int written = 0;
		for (Language language : Language.values()) {
			Files.createDirectories(directory.resolve(language.tag()));
			open("?lang=" + language.tag());
			for (Map.Entry<String, String> screen : screens().entrySet()) {
				go(screen.getValue());
				Path file = directory.resolve(language.tag()).resolve(screen.getKey() + ".png");
				page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setPath(file).setFullPage(true));
				written++;
			}
		}
		assertThat(written).isEqualTo(Language.values().length * screens().size());
	}

}
