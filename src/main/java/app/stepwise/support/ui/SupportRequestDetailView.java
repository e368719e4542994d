package app.stepwise.support.ui;

import app.stepwise.base.ui.Screen;
import app.stepwise.escalation.EvidenceTexts;
import app.stepwise.escalation.RequestSummaries;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequests;
import app.stepwise.i18n.Messages;
import app.stepwise.security.Roles;
import app.stepwise.wizard.ui.TranscriptList;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One support request for support staff: everything the operator sent and the English
 * summary to copy for a vendor ({@link RequestFacts}), every check made, what checks of
 * the tenant showed ({@link EvidenceSection}), the status change
 * ({@link StatusChangeForm}) and the history of changes ({@link RequestHistory}).
 */
@Route("support/:" + SupportRequestDetailView.REFERENCE)
@RolesAllowed(Roles.SUPPORT)
@Screen
class SupportRequestDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

	static final String REFERENCE = "reference";

	private final SupportRequests requests;

	final H1 title = new H1();

	final RouterLink back = new RouterLink();

	final RequestFacts facts;

	final TranscriptList transcript;

	final EvidenceSection evidence;

	final StatusChangeForm statusChange;

	final RequestHistory history;

	private @Nullable SupportRequest request;

	SupportRequestDetailView(SupportRequests requests, RequestSummaries summaries, EvidenceTexts evidenceTexts,
			Messages messages) {
		this.requests = requests;
		this.facts = new RequestFacts(summaries, messages);
		this.transcript = new TranscriptList(messages);
		this.evidence = new EvidenceSection(evidenceTexts);
		this.statusChange = new StatusChangeForm(requests, this::show);
		this.history = new RequestHistory(messages);
		addClassName("support-detail-view");
		title.setId("request-title");
		back.setRoute(SupportQueueView.class);
		back.setId("back-to-queue");
		transcript.setId("request-transcript");
		add(back, title, facts, transcript, evidence, statusChange, history);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<SupportRequest> found = requests.find(event.getRouteParameters().get(REFERENCE).orElse(""));
		if (found.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		show(found.get());
	}

	/** Shows the request as it stands in every part. */
	private void show(SupportRequest shown) {
		this.request = shown;
		title.setText(getTranslation("ui.support.detail.title", Map.of("reference", shown.reference())));
		facts.show(shown);
		transcript.show(shown.transcript()
			.stream()
			.map(c -> new TranscriptList.Check(c.stepTitleKey(), c.answerLabelKey(), c.answeredAt()))
			.toList());
		evidence.show(shown);
		statusChange.show(shown);
		history.show(shown);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		back.setText(getTranslation("ui.support.detail.back"));
		if (request != null) {
			title.setText(getTranslation("ui.support.detail.title", Map.of("reference", request.reference())));
			UI.getCurrent().getPage().setTitle(getPageTitle());
		}
	}

	@Override
	public String getPageTitle() {
		return request == null ? getTranslation("ui.support.queue.page-title")
				: getTranslation("ui.support.detail.page-title", Map.of("reference", request.reference()));
	}

}
