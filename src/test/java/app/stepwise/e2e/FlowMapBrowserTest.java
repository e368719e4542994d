package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.flow.FlowCatalog;
import app.stepwise.flow.FlowDefinition;
import app.stepwise.i18n.Language;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The flow map in a real browser: the drawing is shown and answers a click on a step, the
 * panel opens, the SVG downloads as an image, and axe-core finds no serious or critical
 * problem, in two languages. Signed in as the demo support user, as an author in
 * development would be.
 */
class FlowMapBrowserTest extends BrowserTest {

	@Autowired
	private FlowCatalog catalog;

	@Override
	protected @Nullable String user() {
		return "support";
	}

	@Override
	protected Browser.NewContextOptions contextOptions() {
		// A laptop screen.
		return new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1366, 768);
	}

	@ParameterizedTest
	@EnumSource(value = Language.class, names = { "ENGLISH", "SLOVENIAN" })
	void theMapWorksAndHasNoSeriousAccessibilityProblem(Language language) {
		open("flow-map/unlock-account?lang=" + language.tag());
		PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", language.tag());
		PlaywrightAssertions.assertThat(page.locator("#map-drawing svg[role='img']")).isVisible();
		List<String> problems = new ArrayList<>(accessibilityProblems("map"));

		page.locator("#map-drawing [data-node='find-restriction']").click();
		settle();
		PlaywrightAssertions.assertThat(byId("step-panel")).isVisible();
		PlaywrightAssertions.assertThat(page.locator("#map-drawing [data-node='find-restriction']"))
			.hasClass(java.util.regex.Pattern.compile("selected"));
		assertThat(location()).isEqualTo("flow-map/unlock-account?step=find-restriction");
		problems.addAll(accessibilityProblems("map with a step open"));

		page.locator("#map-drawing [data-node='flow:compromise-response']").click();
		page.waitForCondition(() -> location().startsWith("flow-map/compromise-response"));
		settle();
		PlaywrightAssertions.assertThat(page.locator("#map-drawing [data-node='look-for-signs']")).isVisible();

		APIResponse download = context.request().get(url(byId("map-download").getAttribute("href")));
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.headers().get("content-type")).startsWith("image/svg+xml");
		assertThat(download.text()).startsWith("<?xml").contains("data-node=\"look-for-signs\"");
		assertThat(problems).as("accessibility problems in %s", language).isEmpty();
	}

	/**
	 * Screenshots of every flow's map in two languages at laptop size, for a person to
	 * look at: {@code -Dstepwise.screenshots=<directory>}.
	 */
	@Test
	@EnabledIfSystemProperty(named = "stepwise.screenshots", matches = ".+")
	void photographEveryMap() throws Exception {
		Path directory = Path.of(System.getProperty("stepwise.screenshots"));
		for (Language language : List.of(Language.ENGLISH, Language.SLOVENIAN)) {
			Files.createDirectories(directory.resolve(language.tag()));
			for (FlowDefinition flow : catalog.flows()) {
				open("flow-map/" + flow.id() + "?lang=" + language.tag());
				page.screenshot(new Page.ScreenshotOptions()
					.setPath(directory.resolve(language.tag()).resolve("flow-map-" + flow.id() + ".png")));
				page.locator("#map-drawing svg")
					.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
						.setPath(directory.resolve(language.tag()).resolve("drawing-" + flow.id() + ".png")));
			}
			open("flow-map/reset-passwords?step=whose&lang=" + language.tag());
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(directory.resolve(language.tag()).resolve("flow-map-panel-full.png")));
		}
	}

}
