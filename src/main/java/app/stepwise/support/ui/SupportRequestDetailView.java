package app.stepwise.support.ui;

import app.stepwise.base.ui.BrowserZone;
import app.stepwise.base.ui.Clipboard;
import app.stepwise.base.ui.Markup;
import app.stepwise.escalation.ConcurrentChangeException;
import app.stepwise.escalation.RequestRules;
import app.stepwise.escalation.RequestStatus;
import app.stepwise.escalation.RequestSummaries;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequests;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.Messages;
import app.stepwise.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One support request for support staff: everything the operator sent, every check made,
 * its status with a history of changes, and the English summary to copy for a vendor.
 */
@Route("support/:" + SupportRequestDetailView.REFERENCE)
@RolesAllowed(Roles.SUPPORT)
class SupportRequestDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

	static final String REFERENCE = "reference";

	private static final Logger log = LoggerFactory.getLogger(SupportRequestDetailView.class);

	private final SupportRequests requests;

	private final RequestSummaries summaries;

	private final Messages messages;

	final H1 title = new H1();

	final RouterLink back = new RouterLink();

	final DescriptionList facts = new DescriptionList();

	final Paragraph description = new Paragraph();

	final Button copyEnglish = new Button();

	final Pre englishSummary = new Pre();

	final Details englishDetails = new Details();

	final Section transcript = new Section();

	final Select<RequestStatus> newStatus = new Select<>();

	final TextArea comment = new TextArea();

	final Button save = new Button();

	final Paragraph changeError = new Paragraph();

	final ConfirmDialog closeConfirm = new ConfirmDialog();

	final Section history = new Section();

	private final H2 descriptionTitle = new H2();

	private final H2 changeTitle = new H2();

	private @Nullable SupportRequest request;

	private @Nullable String changeErrorKey;

	SupportRequestDetailView(SupportRequests requests, RequestSummaries summaries, Messages messages) {
		this.requests = requests;
		this.summaries = summaries;
		this.messages = messages;
		addClassName("support-detail-view");
		title.setId("request-title");
		back.setRoute(SupportQueueView.class);
		back.setId("back-to-queue");
		facts.setId("request-facts");
		facts.addClassName("request-facts");
		description.setId("request-description");
		description.addClassName("request-description-text");
		copyEnglish.setId("copy-english");
		copyEnglish.setIcon(VaadinIcon.COPY_O.create());
		copyEnglish.addClickListener(e -> Clipboard.copy(this, englishSummary.getText(), "ui.escalation.filed.copied",
				"ui.escalation.filed.copy-failed"));
		englishSummary.setId("english-summary");
		englishSummary.addClassName("summary-text");
		englishDetails.setId("english-details");
		englishDetails.add(englishSummary);
		transcript.setId("request-transcript");
		transcript.addClassName("transcript");
		newStatus.setId("new-status");
		newStatus.setItems(RequestStatus.values());
		comment.setId("status-comment");
		comment.setMaxLength(RequestRules.MAX_COMMENT);
		comment.setWidthFull();
		save.setId("save-status");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		save.addClickListener(e -> saveClicked());
		changeError.setId("change-error");
		changeError.addClassName("form-error");
		changeError.getElement().setAttribute("role", "alert");
		changeError.setVisible(false);
		closeConfirm.setId("close-confirm");
		closeConfirm.setCancelable(true);
		closeConfirm.addConfirmListener(e -> apply(RequestStatus.CLOSED));
		history.setId("request-history");
		Section change = new Section(changeTitle, newStatus, comment, changeError, save, closeConfirm);
		change.addClassName("status-change");
		change.setId("status-change");
		add(back, title, facts, descriptionTitle, description, copyEnglish, englishDetails, transcript, change,
				history);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String reference = event.getRouteParameters().get(REFERENCE).orElse("");
		Optional<SupportRequest> found = requests.find(reference);
		if (found.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		request = found.get();
		newStatus.setValue(request.status());
		render();
	}

	private void saveClicked() {
		SupportRequest current = request;
		RequestStatus to = newStatus.getValue();
		if (current == null || to == null) {
			return;
		}
		if (to == current.status() && comment.getValue().isBlank()) {
			showChangeError("ui.support.detail.change.nothing");
			return;
		}
		if (!RequestRules.commentFits(comment.getValue())) {
			comment.setInvalid(true);
			comment.setErrorMessage(getTranslation(RequestRules.TOO_LONG, Map.of("max", RequestRules.MAX_COMMENT)));
			return;
		}
		if (to == RequestStatus.CLOSED && current.status() != RequestStatus.CLOSED) {
			closeConfirm.open();
			return;
		}
		apply(to);
	}

	private void apply(RequestStatus to) {
		SupportRequest current = request;
		if (current == null) {
			return;
		}
		try {
			request = requests.changeStatus(current.reference(), current.version(), to, comment.getValue());
			comment.clear();
			comment.setInvalid(false);
			showChangeError(null);
			render();
			Notification.show(getTranslation("ui.support.detail.change.saved"), 3000,
					Notification.Position.BOTTOM_CENTER);
		}
		catch (ConcurrentChangeException | OptimisticLockingFailureException e) {
			requests.find(current.reference()).ifPresent(fresh -> request = fresh);
			render();
			showChangeError("ui.support.detail.change.conflict");
		}
		catch (RuntimeException e) {
			log.error("Could not change the status of {}", current.reference(), e);
			showChangeError("ui.support.detail.change.failed");
		}
	}

	private void showChangeError(@Nullable String key) {
		changeErrorKey = key;
		changeError.setVisible(key != null);
		changeError.setText(key == null ? "" : getTranslation(key));
	}

	private void render() {
		SupportRequest current = request;
		if (current == null) {
			return;
		}
		ZoneId zone = BrowserZone.current();
		title.setText(getTranslation("ui.support.detail.title", Map.of("reference", current.reference())));
		back.setText(getTranslation("ui.support.detail.back"));
		facts.removeAll();
		fact("status", "ui.support.column.status", getTranslation(current.status().messageKey()));
		fact("created", "ui.support.column.created", messages.dateTime(getLocale(), current.createdAt(), zone));
		fact("language", "ui.support.column.language", current.language().nativeName());
		fact("flow", "ui.support.column.flow", getTranslation(current.flowTitleKey()));
		fact("flow-version", "ui.support.column.flow-version", Integer.toString(current.flowVersion()));
		fact("cloud", "ui.support.column.cloud", getTranslation(RequestSummaries.cloudKey(current.cloud())));
		fact("step", current.atOutcome() ? "ui.support.detail.outcome" : "ui.support.detail.stopped-at",
				Markup.plain(getTranslation(current.stepTitleKey())));
		fact("affected-user", "ui.support.column.affected-user", current.affectedUser());
		fact("operator", "ui.support.column.operator", current.operatorName());
		if (current.operatorPrincipal() != null && !current.operatorPrincipal().equals(current.operatorName())) {
			fact("operator-account", "ui.support.column.operator-account", current.operatorPrincipal());
		}
		fact("email", "ui.support.column.email", current.contactEmail());
		if (!current.contactPhone().isBlank()) {
			fact("phone", "ui.support.column.phone", current.contactPhone());
		}
		fact("preferred-contact", "ui.support.column.preferred-contact",
				getTranslation(current.preferredContact().messageKey()));
		descriptionTitle.setText(getTranslation("ui.support.detail.description"));
		description.setText(current.description());
		copyEnglish.setText(getTranslation("ui.support.detail.copy-english"));
		englishSummary.setText(summaries.text(current, Language.ENGLISH));
		englishDetails.setSummaryText(getTranslation("ui.escalation.filed.summary.english"));
		renderTranscript(current, zone);
		changeTitle.setText(getTranslation("ui.support.detail.change.title"));
		newStatus.setLabel(getTranslation("ui.support.detail.change.status"));
		newStatus.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
		newStatus.setValue(current.status());
		comment.setLabel(getTranslation("ui.support.detail.change.comment"));
		comment.setHelperText(getTranslation("ui.support.detail.change.comment.helper"));
		save.setText(getTranslation("ui.support.detail.change.save"));
		closeConfirm.setHeader(getTranslation("ui.support.detail.close.title"));
		closeConfirm.setText(getTranslation("ui.support.detail.close.text"));
		closeConfirm.setConfirmText(getTranslation("ui.support.detail.close.confirm"));
		closeConfirm.setCancelText(getTranslation("ui.support.detail.close.cancel"));
		renderHistory(current, zone);
		showChangeError(changeErrorKey);
	}

	private void fact(String id, String labelKey, String value) {
		Component term = new DescriptionList.Term(getTranslation(labelKey));
		DescriptionList.Description description = new DescriptionList.Description(value);
		description.setId("fact-" + id);
		facts.add(term, description);
	}

	private void renderTranscript(SupportRequest current, ZoneId zone) {
		transcript.removeAll();
		H2 heading = new H2(getTranslation("ui.wizard.transcript.title", Map.of("count", current.transcript().size())));
		OrderedList list = new OrderedList();
		for (SupportRequest.Check check : current.transcript()) {
			Span when = new Span(time(check.answeredAt(), zone));
			when.addClassName("transcript-time");
			Span step = new Span(Markup.plain(getTranslation(check.stepTitleKey())));
			step.addClassName("transcript-step");
			Span answer = new Span(getTranslation(check.answerLabelKey()));
			answer.addClassName("transcript-answer");
			list.add(new ListItem(when, step, answer));
		}
		transcript.add(heading, list);
	}

	private void renderHistory(SupportRequest current, ZoneId zone) {
		history.removeAll();
		history.add(new H2(getTranslation("ui.support.detail.history.title")));
		if (current.history().isEmpty()) {
			history.add(new Paragraph(getTranslation("ui.support.detail.history.empty")));
			return;
		}
		OrderedList list = new OrderedList();
		list.setId("history-list");
		for (SupportRequest.StatusChange change : current.history()) {
			String actor = change.actor() == null ? getTranslation("ui.support.detail.history.anonymous")
					: change.actor();
			String line = change.from() == change.to()
					? getTranslation("ui.support.detail.history.note",
							Map.of("time", time(change.at(), zone), "status", getTranslation(change.to().messageKey()),
									"actor", actor))
					: getTranslation("ui.support.detail.history.change",
							Map.of("time", time(change.at(), zone), "from", getTranslation(change.from().messageKey()),
									"to", getTranslation(change.to().messageKey()), "actor", actor));
			ListItem item = new ListItem(new Span(line));
			if (!change.comment().isEmpty()) {
				Paragraph text = new Paragraph(change.comment());
				text.addClassName("request-description-text");
				item.add(text);
			}
			list.add(item);
		}
		history.add(list);
	}

	private String time(@Nullable Instant instant, ZoneId zone) {
		return instant == null ? getTranslation("ui.wizard.transcript.time-unknown")
				: messages.dateTime(getLocale(), instant, zone);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		render();
		if (request != null) {
			UI.getCurrent().getPage().setTitle(getPageTitle());
		}
	}

	@Override
	public String getPageTitle() {
		return request == null ? getTranslation("ui.support.queue.page-title")
				: getTranslation("ui.support.detail.page-title", Map.of("reference", request.reference()));
	}

}
