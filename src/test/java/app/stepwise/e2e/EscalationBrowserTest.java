package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * From an escalate outcome to a filed request with a reference, and on to support staff
 * working it in the queue, in a real browser.
 */
class EscalationBrowserTest extends BrowserTest {

	private static final Pattern REFERENCE = Pattern.compile("SW-[0-9A-Z]{4}-[0-9A-Z]{4}");

	/**
	 * Fills the support request form about the user and sends it; returns the reference
	 * shown.
	 */
	private String fileRequestAbout(String affectedUser) {
		fillRequestForm("Tried everything the steps said; still locked out.");
		byId("affected-user").locator("input").fill(affectedUser);
		click("send-request");
		PlaywrightAssertions.assertThat(byId("reference")).isVisible();
		String reference = byId("reference").innerText().strip();
		assertThat(reference).matches(REFERENCE);
		return reference;
	}

	@ParameterizedTest(name = "escalating from {0} in {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					unlock-account/escalate?path=cannot-sign-in.not-solved.not-solved.no-signs                         | sv
					reset-passwords/escalate?path=someone-else.not-solved.something-else                               | nb
					compromise-response/escalate?path=found-signs.done.done.done.not-blocked.skip.no-roles.done.still-misused | sl
					""")
	void anAdminEscalatesFromEachFlowAndGetsAReferenceAndBothSummaries(String step, String language) {
		open("flow/" + step + "&lang=" + language);

		String reference = fileRequestAbout("adele@contoso.example");

		assertThat(byId("summary-local").innerText()).contains(reference, "adele@contoso.example");
		assertThat(byId("summary-english").innerText()).contains(reference, "adele@contoso.example");
		assertThat(byId("vendor-step-list").locator("li").count()).isPositive();

		page.reload();
		settle();
		assertThat(byId("reference").innerText().strip()).as("a reload shows the same request").isEqualTo(reference);
	}

	@Test
	void badInputIsExplainedAndNothingTypedIsLost() {
		open("flow/unlock-account/escalate?path=cannot-sign-in.not-solved.not-solved.no-signs&lang=sl");
		byId("affected-user").locator("input").fill("not a user name");
		byId("description").locator("textarea").fill("Opis težave.");

		click("send-request");

		PlaywrightAssertions.assertThat(byId("affected-user")).hasAttribute("invalid", "");
		assertThat(byId("affected-user").locator("[slot='error-message']").innerText()).isNotBlank()
			.doesNotContainIgnoringCase("user principal name");
		assertThat(byId("description").locator("textarea").inputValue()).isEqualTo("Opis težave.");
		assertThat(byId("affected-user").locator("input").inputValue()).isEqualTo("not a user name");
	}

	/**
	 * The preferred-contact buttons are written as the group's content: they are real
	 * radio buttons, chosen by click or arrow key, and a change of language relabels them
	 * without losing the choice.
	 */
	@Test
	void theContactChoiceIsChosenByClickOrArrowKeyAndKeptWhenTheLanguageChanges() {
		open("flow/unlock-account/escalate?path=cannot-sign-in.not-solved.not-solved.no-signs&lang=en");
		var choice = byId("preferred-contact");
		var buttons = choice.locator("vaadin-radio-button");
		assertThat(buttons.count()).isEqualTo(2);
		assertThat(choice.getAttribute("role")).isEqualTo("radiogroup");
		PlaywrightAssertions
			.assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.RADIOGROUP,
					new com.microsoft.playwright.Page.GetByRoleOptions().setName("How should support contact you?")))
			.hasCount(1);
		PlaywrightAssertions.assertThat(buttons.nth(0)).hasAttribute("checked", "");

		buttons.nth(1).locator("label").click();
		settle();
		PlaywrightAssertions.assertThat(buttons.nth(1)).hasAttribute("checked", "");
		PlaywrightAssertions.assertThat(byId("contact-phone")).hasAttribute("required", "");

		page.keyboard().press("ArrowUp");
		settle();
		PlaywrightAssertions.assertThat(buttons.nth(0)).hasAttribute("checked", "");
		PlaywrightAssertions.assertThat(byId("contact-phone")).not().hasAttribute("required", "");
		page.keyboard().press("ArrowDown");
		settle();
		PlaywrightAssertions.assertThat(buttons.nth(1)).hasAttribute("checked", "");

		byId("language").click();
		page.locator("vaadin-select-item[label='norsk bokmål'], vaadin-select-item:has-text('norsk bokmål')")
			.first()
			.click();
		settle();

		assertThat(buttons.evaluateAll("buttons => buttons.map(b => b.label)").toString())
			.isEqualTo("[E-post, Telefon]");
		PlaywrightAssertions.assertThat(buttons.nth(1)).hasAttribute("checked", "");
		assertThat(choice.evaluate("group => group.value")).isEqualTo("1");
		PlaywrightAssertions.assertThat(byId("contact-phone")).hasAttribute("required", "");
		fillRequestForm("Tried everything the steps said; still locked out.");
		click("send-request");
		PlaywrightAssertions.assertThat(byId("contact-phone")).hasAttribute("invalid", "");
	}

	@Test
	void supportStaffFindTheRequestInTheQueueAndChangeItsStatus() {
		open("flow/reset-passwords/escalate?path=someone-else.not-solved.something-else");
		String reference = fileRequestAbout("megan@contoso.example");

		signOut();
		signIn("support", "support");
		open("support");
		PlaywrightAssertions.assertThat(byId("open-" + reference)).isVisible();
		byId("open-" + reference).click();
		settle();
		PlaywrightAssertions.assertThat(byId("request-title")).containsText(reference);
		assertThat(byId("request-transcript").innerText()).isNotBlank();

		byId("new-status").click();
		byId("new-status").locator("vaadin-select-item").nth(1).click();
		byId("status-comment").locator("textarea").fill("Called the user back.");
		click("save-status");

		PlaywrightAssertions.assertThat(byId("history-list")).containsText("Called the user back.");
	}

	@Test
	void anAdminCannotOpenTheSupportQueue() {
		open("support");

		assertThat(page.locator("#queue").count()).isZero();
		PlaywrightAssertions.assertThat(byId("error-title")).isVisible();
	}

}
