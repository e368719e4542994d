package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.i18n.Language;
import com.microsoft.playwright.Browser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * WCAG 2.1's reflow (1.4.10): in a window 320 CSS pixels wide, as on a phone or at 400%
 * zoom, no screen scrolls sideways; the header's menu, the language picker and the
 * person's name move below one another instead. Tables may scroll inside themselves,
 * which the criterion allows. Signed in with both roles, so that the menu is at its
 * longest; in every language, since a long word in any of them can widen a button.
 */
class ReflowBrowserTest extends BrowserTest {

	private static final int WIDTH = 320;

	/**
	 * The outermost elements that reach past the window's right edge without a scrolling
	 * frame around them (a grid is one), in and out of shadow roots: what makes a page
	 * wider.
	 */
	private static final String WIDENING = """
			width => {
			  const found = [];
			  const scrolls = e => getComputedStyle(e).overflowX !== 'visible';
			  const walk = (root, framed) => {
			    for (const e of root.children) {
			      const inFrame = framed || scrolls(e) || e.localName === 'vaadin-grid';
			      const r = e.getBoundingClientRect();
			      if (!framed && r.width > 0 && r.right > width + 1) {
			        found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' to ' + Math.round(r.right) + ' px');
			        continue;
			      }
			      if (e.shadowRoot) walk(e.shadowRoot, inFrame);
			      walk(e, inFrame);
			    }
			  };
			  walk(document.body, false);
			  return found.slice(0, 5).join(', ');
			}""";

	@Override
	protected @Nullable String user() {
		return null;
	}

	@Override
	protected Browser.NewContextOptions contextOptions() {
		return super.contextOptions().setViewportSize(WIDTH, 640);
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void noScreenScrollsSidewaysAt320Pixels(Language language) {
		open("login?lang=" + language.tag());
		List<String> wide = new ArrayList<>();
		check("login", wide);
		signIn("support", "support");
		open("?lang=" + language.tag());
		Map<String, String> screens = new LinkedHashMap<>(ScreenshotTour.steps());
		screens.put("my requests", "my-requests");
		screens.put("my runs", "my-runs");
		screens.put("support queue", "support");
		screens.put("insight", "insight");
		screens.put("flow map", "flow-map/unlock-account?step=find-restriction");
		screens.put("undelivered notifications", "support/notifications");
		screens.put("not found", "flow/no-such-flow");
		screens.forEach((name, path) -> {
			go(path);
			check(name, wide);
		});

		go("flow/reset-passwords/escalate?path=someone-else.not-solved.something-else");
		String reference = fileRequest("The steps did not help.");
		check("request filed", wide);
		go("my-requests/" + reference);
		check("my request", wide);
		go("support/" + reference);
		check("request detail", wide);

		assertThat(wide).isEmpty();
	}

	/** Notes the screen if its page is wider than the window, and what widens it. */
	private void check(String screen, List<String> wide) {
		int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
		if (width > WIDTH) {
			wide.add(screen + ": " + width + " px (" + page.evaluate(WIDENING, WIDTH) + ")");
		}
	}

}
