package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;

/** A flow done with the keyboard alone, with a visible focus on every control reached. */
class KeyboardBrowserTest extends BrowserTest {

	private static final int MAX_TABS = 40;

	/**
	 * Presses Tab until the element with the id has focus, checking the focus can be
	 * seen.
	 */
	private void tabTo(String id) {
		for (int i = 0; i < MAX_TABS; i++) {
			page.keyboard().press("Tab");
			if (id.equals(focusedId())) {
				assertThat(focusIsVisible()).as("focus on #%s is visible", id).isTrue();
				return;
			}
		}
		throw new AssertionError("#" + id + " cannot be reached with Tab; focus is on #" + focusedId());
	}

	/**
	 * The id of the focused element, or of the component it belongs to (e.g. a select's
	 * button).
	 */
	private String focusedId() {
		return String.valueOf(page.evaluate("() => { const e = document.activeElement;"
				+ " const owner = e && e.closest('[id]'); return owner ? owner.id : ''; }"));
	}

	/**
	 * Vaadin components mark keyboard focus with focus-ring; native elements draw an
	 * outline.
	 */
	private boolean focusIsVisible() {
		return (Boolean) page.evaluate("""
				() => {
				  const e = document.activeElement;
				  if (!e) return false;
				  if (e.closest('[focus-ring]')) return true;
				  const style = getComputedStyle(e);
				  return e.matches(':focus-visible') && (style.outlineStyle !== 'none' && style.outlineWidth !== '0px'
				      || style.boxShadow !== 'none');
				}
				""");
	}

	@Test
	void aFlowCanBeDoneWithTheKeyboardAlone() {
		open("");

		tabTo("entry-reset-passwords-reset-passwords");
		page.keyboard().press("Enter");
		expectStep("reset-passwords/whose");
		assertThat(focusedId()).as("focus moves to the new step's title").isEqualTo("step-title");

		tabTo("answer-someone-else");
		page.keyboard().press("Enter");
		expectStep("reset-passwords/reset-one");

		tabTo("link-open-active-users");
		tabTo("answer-not-solved");
		page.keyboard().press("Space");
		expectStep("reset-passwords/what-went-wrong");

		tabTo("back");
		page.keyboard().press("Enter");
		expectStep("reset-passwords/reset-one");

		tabTo("answer-solved");
		page.keyboard().press("Enter");
		expectStep("reset-passwords/recommend-self-service");
		tabTo("answer-done");
		page.keyboard().press("Enter");
		expectStep("reset-passwords/resolved");
	}

	@Test
	void theLanguageCanBeChosenWithArrowKeys() {
		open("flow/reset-passwords");

		for (int i = 0; i < MAX_TABS && !"language".equals(focusedId()); i++) {
			page.keyboard().press("Shift+Tab");
		}
		assertThat(focusedId()).isEqualTo("language");
		page.keyboard().press("ArrowDown");
		page.locator("vaadin-select-item[focused]").waitFor();
		page.keyboard().press("ArrowDown");
		PlaywrightAssertions.assertThat(page.locator("vaadin-select-item[focused]")).hasCount(1);
		page.keyboard().press("Enter");

		PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "sv");
		expectStep("reset-passwords/whose");
	}

	@Test
	void theSkipLinkLeadsPastTheHeaderToTheContent() {
		open("");

		page.keyboard().press("Tab");
		assertThat(page.evaluate("() => document.activeElement.classList.contains('skip-link')")).isEqualTo(true);
		assertThat(focusIsVisible()).isTrue();
		page.keyboard().press("Enter");

		assertThat(focusedId()).isEqualTo("main-content");
	}

}
