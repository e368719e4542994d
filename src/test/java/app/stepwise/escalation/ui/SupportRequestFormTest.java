package app.stepwise.escalation.ui;

import app.stepwise.wizard.ui.Answers;
import app.stepwise.ShownText;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.base.ui.LightRadioGroup;
import app.stepwise.escalation.ContactMethod;
import app.stepwise.escalation.Runs;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequests;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.i18n.Language;
import app.stepwise.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The support request form, reached from an escalate outcome or "I need help", driven as
 * an operator would.
 */
class SupportRequestFormTest extends KaribuTest {

	@Autowired
	private SupportRequests requests;

	@Autowired
	private FlowCatalog catalog;

	private static void answer(String answerId) {
		Answers.click(answerId);
	}

	private static TextField field(String id) {
		return _get(TextField.class, spec -> spec.withId(id));
	}

	private static void fillIn() {
		_setValue(field("affected-user"), "adele.vance@contoso.onmicrosoft.com");
		_setValue(_get(TextArea.class, spec -> spec.withId("description")), "Adele still can’t sign in.");
		_setValue(field("contact-email"), "alex@contoso.com");
	}

	private static void send() {
		_click(_get(Button.class, spec -> spec.withId("send-request")));
	}

	private static String reference() {
		return _get(Span.class, spec -> spec.withId("reference")).getText();
	}

	private static String text(String preId) {
		return _get(Pre.class, spec -> spec.withId(preId)).getText();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "unlock-account", "reset-passwords", "compromise-response" })
	void anEscalateOutcomeOfEveryFlowFilesARequestWithEveryCheckAndItsTime(String flowId) {
		navigate("flow/" + flowId);
		Runs.escalatePath(catalog, flowId).forEach(SupportRequestFormTest::answer);

		fillIn();
		send();

		SupportRequest filed = requests.findMine(reference()).orElseThrow();
		assertThat(filed.flowId()).isEqualTo(flowId);
		assertThat(filed.atOutcome()).isTrue();
		assertThat(filed.transcript()).extracting(SupportRequest.Check::answerId)
			.containsExactlyElementsOf(Runs.escalatePath(catalog, flowId));
		assertThat(filed.transcript()).allSatisfy(c -> assertThat(c.answeredAt()).isNotNull());
		assertThat(filed.description()).isEqualTo("Adele still can’t sign in.");
	}

	@Test
	void iNeedHelpOpensTheFormAtAnAddressOfItsOwnThatSurvivesAReload() {
		navigate("flow/unlock-account");
		answer("cannot-sign-in");

		_click(_get(Button.class, spec -> spec.withId("need-help")));

		assertThat(currentLocation()).isEqualTo("support-request/unlock-account?path=cannot-sign-in");
		assertThat(
				_get(Paragraph.class, spec -> spec.withId("support-request-intro")).getElement().getTextRecursively())
			.contains("Reset the user’s password");
		UI.getCurrent().getPage().reload();
		assertThat(ShownText.of(_get(SupportRequestView.class).transcript)).contains("1 check made")
			.doesNotContain("Time not recorded");

		fillIn();
		send();

		SupportRequest filed = requests.findMine(reference()).orElseThrow();
		assertThat(filed.atOutcome()).isFalse();
		assertThat(filed.stepId()).isEqualTo("reset-password");
	}

	@Test
	void aMistakeIsExplainedInTheReadersLanguageAndNothingTypedIsLost() {
		UI.getCurrent().setLocale(Language.SWEDISH.locale());
		navigate("flow/unlock-account/escalate?path=cannot-sign-in.not-solved.not-solved.no-signs");
		fillIn();
		_setValue(field("affected-user"), "adele");
		_setValue(field("contact-email"), "alex@contoso");
		_setValue(_get(LightRadioGroup.class, spec -> spec.withId("preferred-contact")), ContactMethod.PHONE);

		send();

		assertThat(field("affected-user").isInvalid()).isTrue();
		assertThat(field("affected-user").getErrorMessage())
			.isEqualTo("Ange ett användarnamn (UPN), till exempel adele@contoso.com.");
		assertThat(field("contact-email").getErrorMessage())
			.isEqualTo("Ange en e-postadress, till exempel namn@contoso.com.");
		assertThat(field("contact-phone").getErrorMessage())
			.isEqualTo("Ange ett telefonnummer eller välj e-post som kontaktsätt.");
		assertThat(_get(Paragraph.class, spec -> spec.withId("form-error")).getText())
			.isEqualTo("Några fält behöver åtgärdas. Allt du har skrivit finns kvar.");
		assertThat(field("affected-user").getValue()).isEqualTo("adele");
		assertThat(_get(TextArea.class, spec -> spec.withId("description")).getValue())
			.isEqualTo("Adele still can’t sign in.");
		assertThat(_find(Span.class, spec -> spec.withId("reference"))).isEmpty();
	}

	/**
	 * A browser stops typing at a field's maximum length, but a client that ignores it
	 * can send more: the rule's message says how much is allowed, not an empty one from
	 * the field's own constraint check.
	 */
	@Test
	void textLongerThanAFieldAllowsIsRefusedWithTheRulesMessage() {
		UI.getCurrent().setLocale(Language.SWEDISH.locale());
		navigate("flow/unlock-account/escalate?path=cannot-sign-in.not-solved.not-solved.no-signs");
		fillIn();
		_setValue(field("contact-phone"), "+46 70 123 45 67".repeat(3));
		_setValue(_get(TextArea.class, spec -> spec.withId("description")), "x".repeat(4001));

		send();

		assertThat(field("contact-phone").getErrorMessage()).isEqualTo("Använd högst 32 tecken.");
		assertThat(_get(TextArea.class, spec -> spec.withId("description")).getErrorMessage())
			.startsWith("Använd högst 4")
			.endsWith("000 tecken.");
		assertThat(field("contact-phone").getValue()).isEqualTo("+46 70 123 45 67".repeat(3));
		assertThat(_find(Span.class, spec -> spec.withId("reference"))).isEmpty();
	}

	@Test
	void messagesAlreadyShownFollowAChangeOfLanguageAndTheTypedTextStays() {
		navigate("flow/unlock-account/escalate?path=cannot-sign-in.not-solved.not-solved.no-signs");
		_setValue(field("affected-user"), "adele");
		send();
		assertThat(field("affected-user").getErrorMessage()).startsWith("Enter a user principal name");

		UI.getCurrent().setLocale(Locale.forLanguageTag("sl"));

		assertThat(field("affected-user").getValue()).isEqualTo("adele");
		assertThat(field("affected-user").getLabel()).isEqualTo("Prizadeti uporabnik (UPN)");
		assertThat(field("affected-user").getErrorMessage()).startsWith("Vnesite glavno ime uporabnika");
		assertThat(_get(TextArea.class, spec -> spec.withId("description")).getErrorMessage())
			.isEqualTo("Izpolnite to polje.");
	}

	@Test
	void theContactChoiceIsRelabelledInANewLanguageAndStaysWithThePhoneRequired() {
		navigate("flow/unlock-account/escalate?path=cannot-sign-in.not-solved.not-solved.no-signs");
		@SuppressWarnings("unchecked")
		LightRadioGroup<ContactMethod> choice = _get(LightRadioGroup.class, spec -> spec.withId("preferred-contact"));
		assertThat(Jsoup.parseBodyFragment(choice.getElement().getProperty("innerHTML"))
			.select("vaadin-radio-button")
			.eachAttr("label")).containsExactly("E-mail", "Phone");
		assertThat(choice.getLabel()).isEqualTo("How should support contact you?");
		UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
		UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
		_setValue(choice, ContactMethod.PHONE);
		assertThat(field("contact-phone").isRequiredIndicatorVisible()).isTrue();

		UI.getCurrent().setLocale(Locale.forLanguageTag("sl"));
		UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();

		assertThat(choice.getValue()).isEqualTo(ContactMethod.PHONE);
		assertThat(choice.getElement().getProperty("value")).isEqualTo("1");
		assertThat(choice.getLabel()).isEqualTo("Kako naj vas podpora kontaktira?");
		assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
			.filteredOn(i -> i.getInvocation().getExpression().contains("button.label"))
			.singleElement()
			.satisfies(
					i -> assertThat(i.getInvocation().getParameters().get(0)).hasToString("[\"E-pošta\",\"Telefon\"]"));
		assertThat(field("contact-phone").isRequiredIndicatorVisible()).isTrue();
		send();
		assertThat(field("contact-phone").getErrorMessage()).isNotEmpty();
	}

	@Test
	void aReloadAfterSendingShowsTheSameRequestInsteadOfFilingAnother() {
		navigate("flow/unlock-account");
		Runs.escalatePath(catalog, "unlock-account").forEach(SupportRequestFormTest::answer);
		fillIn();
		send();
		String first = reference();
		SupportRequest filed = requests.findMine(first).orElseThrow();

		UI.getCurrent().getPage().reload();

		assertThat(reference()).isEqualTo(first);
		assertThat(_find(Button.class, spec -> spec.withId("send-request"))).isEmpty();
		assertThat(requests.findByRun(filed.runId())).map(SupportRequest::reference).contains(first);
	}

	@Test
	void afterSendingTheOperatorGetsAReferenceAndSummariesInTheirLanguageAndInEnglish() {
		UI.getCurrent().setLocale(Language.DANISH.locale());
		navigate("flow/unlock-account/escalate?path=cannot-sign-in.not-solved.not-solved.no-signs&cloud=21vianet");
		fillIn();

		send();

		assertThat(reference()).matches("SW-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}");
		assertThat(_get(H3.class, spec -> spec.withId("summary-local-title")).getText())
			.as("the language named as inside a sentence")
			.isEqualTo("Resumé på dansk");
		assertThat(text("summary-local")).contains("Supportanmodning " + reference(),
				"Berørt bruger: adele.vance@contoso.onmicrosoft.com", "Lejerens cloud: Kina (21Vianet)",
				"4 kontroller er allerede udført:", "Adele still can’t sign in.");
		assertThat(text("summary-english")).contains("Support request " + reference(),
				"Affected user: adele.vance@contoso.onmicrosoft.com", "Tenant’s cloud: China (21Vianet)",
				"4 checks already made:", "1. What is happening to the user? – answer: They can’t sign in");
		assertThat(_get(FiledRequestPanel.class).vendor.getElement().getTextRecursively())
			.contains("portal.partner.microsoftonline.cn", "New service request");
	}

	@Test
	void copyingASummaryHandsItsExactTextToTheBrowsersClipboard() {
		navigate("flow/unlock-account/escalate?path=cannot-sign-in.not-solved.not-solved.no-signs");
		fillIn();
		send();
		UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

		_click(_get(Button.class, spec -> spec.withId("copy-summary-english")));

		var invocations = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
		assertThat(invocations).anySatisfy(i -> {
			assertThat(i.getInvocation().getExpression()).contains("navigator.clipboard.writeText");
			assertThat(i.getInvocation().getParameters()).contains(text("summary-english"));
		});
	}

	@Test
	void aSignedInOperatorIsNotAskedForTheirNameAndTheRequestCarriesTheirUserName() {
		startSessionAs("alex@contoso.com", Roles.ADMIN);
		navigate("flow/unlock-account/escalate?path=cannot-sign-in.not-solved.not-solved.no-signs");

		assertThat(_find(TextField.class, spec -> spec.withId("operator-name"))).isEmpty();
		assertThat(_get(Paragraph.class, spec -> spec.withId("signed-in-as")).getText())
			.isEqualTo("Sent by alex@contoso.com");
		_setValue(field("affected-user"), "adele.vance@contoso.onmicrosoft.com");
		_setValue(_get(TextArea.class, spec -> spec.withId("description")), "Still locked out.");
		_setValue(field("contact-email"), "alex@contoso.com");
		send();

		SupportRequest filed = requests.findMine(reference()).orElseThrow();
		assertThat(filed.operatorPrincipal()).isEqualTo("alex@contoso.com");
		assertThat(filed.operatorName()).isEqualTo("alex@contoso.com");
	}

	@Test
	void aSecondRequestInTheSameSessionIsPrefilledWithTheOperatorsDetails() {
		navigate("flow/unlock-account/escalate?path=cannot-sign-in.not-solved.not-solved.no-signs");
		fillIn();
		send();

		navigate("flow/reset-passwords");
		Runs.escalatePath(catalog, "reset-passwords").forEach(SupportRequestFormTest::answer);

		assertThat(field("affected-user").getValue()).isEqualTo("adele.vance@contoso.onmicrosoft.com");
		assertThat(field("contact-email").getValue()).isEqualTo("alex@contoso.com");
		assertThat(_get(TextArea.class, spec -> spec.withId("description")).getValue()).isEmpty();
	}

}
