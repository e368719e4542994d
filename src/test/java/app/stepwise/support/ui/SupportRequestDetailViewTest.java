package app.stepwise.support.ui;

import app.stepwise.ShownText;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.TestUsers;
import app.stepwise.base.AuditEvent;
import app.stepwise.base.ui.NotFoundView;
import app.stepwise.escalation.RequestStatus;
import app.stepwise.escalation.EvidenceFixtures;
import app.stepwise.escalation.Requests;
import app.stepwise.escalation.Runs;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequests;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.i18n.Language;
import app.stepwise.security.Roles;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** One request as support staff see and work it. */
@RecordApplicationEvents
class SupportRequestDetailViewTest extends KaribuTest {

	@Autowired
	private SupportRequests requests;

	@Autowired
	private FlowCatalog catalog;

	@Autowired
	private ApplicationEvents events;

	private SupportRequest request;

	@BeforeEach
	void aSwedishRequest() {
		startSessionAs(SUPPORT_USER, Roles.SUPPORT);
		request = Requests.file(requests, catalog, "unlock-account", Language.SWEDISH, "anna@contoso.com");
	}

	private static SupportRequestDetailView view() {
		return _get(SupportRequestDetailView.class);
	}

	private static String fact(String id) {
		return _get(DescriptionList.Description.class, spec -> spec.withId("fact-" + id)).getElement()
			.getTextRecursively();
	}

	private static String text(com.vaadin.flow.component.Component component) {
		return ShownText.of(component);
	}

	@Test
	void staffReadTheWholeRequestInTheirOwnLanguageWithTheLanguageItWasWrittenIn() {
		UI.getCurrent().setLocale(Language.NORWEGIAN_BOKMAL.locale());

		navigate("support/" + request.reference());

		assertThat(view().title.getText()).isEqualTo("Supportforespørsel " + request.reference());
		assertThat(fact("language")).isEqualTo("Svenska");
		assertThat(fact("status")).isEqualTo("Ny");
		assertThat(fact("flow")).isEqualTo("Lås opp en konto");
		assertThat(fact("affected-user")).isEqualTo("anna@contoso.com");
		assertThat(fact("preferred-contact")).isEqualTo("Telefon");
		assertThat(view().facts.description.getText()).isEqualTo(request.description());
		assertThat(text(view().transcript))
			.contains(request.transcript().size() + " kontroller utført", "Hva skjer med brukeren?")
			.doesNotContain("Tidspunktet er ikke registrert");
		assertThat(view().facts.englishSummary.getText()).startsWith("Support request " + request.reference());
	}

	@Test
	void whatTenantChecksShowedIsReadInTheReadersLanguageAndIsAbsentWithoutChecks() {
		SupportRequest checked = requests
			.file(Runs.escalated(catalog, "unlock-account", EvidenceFixtures.READ)
				.withEvidence(EvidenceFixtures.twoChecks()), Runs.validInput(), Language.SWEDISH)
			.request();
		UI.getCurrent().setLocale(Language.NORWEGIAN_BOKMAL.locale());

		navigate("support/" + checked.reference());

		assertThat(view().evidence.isVisible()).isTrue();
		assertThat(text(view().evidence)).contains("Lest i leieren: 2 kontroller", "Konto – leier contoso",
				"Pålogging er blokkert for denne kontoen", "Pålogginger – leier contoso",
				"3 mislykkede pålogginger siden den siste vellykkede");

		navigate("support/" + request.reference());

		assertThat(view().evidence.isVisible()).isFalse();
	}

	@Test
	void aReferenceTypedInLowerCaseWithoutDashesStillOpensTheRequest() {
		navigate("support/" + request.reference().toLowerCase().replace("-", ""));

		assertThat(view().title.getText()).contains(request.reference());
	}

	@Test
	void anUnknownReferenceShowsNotFound() {
		navigate("support/SW-2222-2222");

		_get(NotFoundView.class);
	}

	@Test
	void changingTheStatusWithACommentAddsItToTheHistoryAndTheAuditLog() {
		navigate("support/" + request.reference());

		_setValue(view().statusChange.newStatus, RequestStatus.WAITING_FOR_VENDOR);
		_setValue(view().statusChange.comment, "Opened Microsoft case 2611210040001234.");
		_click(view().statusChange.save);

		assertThat(fact("status")).isEqualTo("Waiting for vendor");
		assertThat(text(view().history)).contains("New → Waiting for vendor, by " + SUPPORT_USER,
				"Opened Microsoft case 2611210040001234.");
		assertThat(view().statusChange.comment.getValue()).isEmpty();
		assertThat(requests.find(request.reference()).orElseThrow().status())
			.isEqualTo(RequestStatus.WAITING_FOR_VENDOR);
		assertThat(events.stream(AuditEvent.class).filter(e -> e.action().equals(AuditEvent.STATUS_CHANGED)))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.actor()).isEqualTo(SUPPORT_USER);
				assertThat(e.detail()).contains(request.reference(), "new -> waiting-for-vendor");
			});
	}

	@Test
	void aCommentAloneIsRecordedUnderTheSameStatusButSavingNothingIsExplained() {
		navigate("support/" + request.reference());

		_click(view().statusChange.save);
		assertThat(view().statusChange.changeError.getText()).isEqualTo("Choose another status or write a comment.");

		_setValue(view().statusChange.comment, "Called the operator, no answer.");
		_click(view().statusChange.save);
		assertThat(view().statusChange.changeError.isVisible()).isFalse();
		assertThat(text(view().history)).contains("comment while New", "Called the operator, no answer.");
	}

	@Test
	void closingARequestAsksFirstAndOnlyClosesWhenConfirmed() {
		navigate("support/" + request.reference());
		_setValue(view().statusChange.newStatus, RequestStatus.CLOSED);

		_click(view().statusChange.save);
		assertThat(view().statusChange.closeConfirm.isOpened()).isTrue();
		assertThat(ConfirmDialogKt.getHeader(view().statusChange.closeConfirm)).isEqualTo("Close this request?");
		ConfirmDialogKt._fireCancel(view().statusChange.closeConfirm);
		assertThat(requests.find(request.reference()).orElseThrow().status()).isEqualTo(RequestStatus.NEW);

		_click(view().statusChange.save);
		ConfirmDialogKt._fireConfirm(view().statusChange.closeConfirm);
		assertThat(requests.find(request.reference()).orElseThrow().status()).isEqualTo(RequestStatus.CLOSED);
	}

	@Test
	void aChangeSomeoneElseMadeMeanwhileIsNotOverwrittenAndTheCommentIsKept() {
		navigate("support/" + request.reference());
		TestUsers.runAs(context, "colleague@contoso.com", Roles.SUPPORT, () -> requests
			.changeStatus(request.reference(), request.version(), RequestStatus.IN_PROGRESS, "Mine now."));

		_setValue(view().statusChange.newStatus, RequestStatus.RESOLVED);
		_setValue(view().statusChange.comment, "Fixed by a reset.");
		_click(view().statusChange.save);

		assertThat(view().statusChange.changeError.getText())
			.startsWith("Someone else changed this request in the meantime.");
		assertThat(view().statusChange.comment.getValue()).isEqualTo("Fixed by a reset.");
		assertThat(fact("status")).isEqualTo("In progress");
		assertThat(text(view().history)).contains("colleague@contoso.com", "Mine now.");
		assertThat(requests.find(request.reference()).orElseThrow().status()).isEqualTo(RequestStatus.IN_PROGRESS);
	}

	@Test
	void copyingTheEnglishSummaryHandsItToTheClipboard() {
		navigate("support/" + request.reference());
		UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

		_click(view().facts.copyEnglish);

		assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations()).anySatisfy(i -> {
			assertThat(i.getInvocation().getExpression()).contains("navigator.clipboard.writeText");
			assertThat(i.getInvocation().getParameters()).contains(view().facts.englishSummary.getText());
		});
	}

}
