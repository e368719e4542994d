package app.stepwise.support.ui;

import app.stepwise.base.ui.BrowserZone;
import app.stepwise.base.ui.Clipboard;
import app.stepwise.base.ui.Markup;
import app.stepwise.escalation.RequestSummaries;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.Messages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * What the operator sent: the facts of the request, their description, and the English
 * summary to copy for a vendor.
 */
class RequestFacts extends Div implements LocaleChangeObserver {

	private final RequestSummaries summaries;

	private final Messages messages;

	final DescriptionList facts = new DescriptionList();

	final Paragraph description = new Paragraph();

	final Button copyEnglish = new Button();

	final Pre englishSummary = new Pre();

	final Details englishDetails = new Details();

	private final H2 descriptionTitle = new H2();

	private @Nullable SupportRequest request;

	RequestFacts(RequestSummaries summaries, Messages messages) {
		this.summaries = summaries;
		this.messages = messages;
		facts.setId("request-facts");
		facts.addClassName("request-facts");
		description.setId("request-description");
		description.addClassName("request-description-text");
		copyEnglish.setId("copy-english");
		copyEnglish.addClassName("long-label");
		copyEnglish.setIcon(VaadinIcon.COPY_O.create());
		copyEnglish.addClickListener(e -> Clipboard.copy(this, englishSummary.getText(), "ui.escalation.filed.copied",
				"ui.escalation.filed.copy-failed"));
		englishSummary.setId("english-summary");
		englishSummary.addClassName("summary-text");
		englishDetails.setId("english-details");
		englishDetails.add(englishSummary);
		add(facts, descriptionTitle, description, copyEnglish, englishDetails);
	}

	void show(SupportRequest shown) {
		this.request = shown;
		description.setText(shown.description());
		englishSummary.setText(summaries.text(shown, Language.ENGLISH));
		if (isAttached()) {
			render();
		}
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		descriptionTitle.setText(getTranslation("ui.support.detail.description"));
		copyEnglish.setText(getTranslation("ui.support.detail.copy-english"));
		englishDetails.setSummaryText(getTranslation("ui.escalation.filed.summary.english"));
		render();
	}

	private void render() {
		SupportRequest current = request;
		if (current == null) {
			return;
		}
		ZoneId zone = BrowserZone.current();
		facts.removeAll();
		fact("status", "ui.support.column.status", getTranslation(current.status().messageKey()));
		fact("created", "ui.support.column.created", messages.dateTime(getLocale(), current.createdAt(), zone));
		fact("language", "ui.support.column.language", current.language().nativeName());
		fact("flow", "ui.support.column.flow", getTranslation(current.flowTitleKey()));
		fact("flow-version", "ui.support.column.flow-version", Integer.toString(current.flowVersion()));
		fact("cloud", "ui.support.column.cloud", getTranslation(RequestSummaries.cloudKey(current.cloud())));
		fact("step", current.atOutcome() ? "ui.support.detail.outcome" : "ui.support.detail.stopped-at",
				Markup.plain(getTranslation(current.stepTitleKey())));
		if (current.filedInsideWait()) {
			fact("inside-wait", "ui.support.detail.inside-wait", getTranslation("ui.support.detail.inside-wait.yes"));
		}
		fact("affected-user", "ui.support.column.affected-user", current.affectedUser());
		fact("operator", "ui.support.column.operator", current.operatorPrincipal());
		fact("email", "ui.support.column.email", current.contactEmail());
		if (!current.contactPhone().isBlank()) {
			fact("phone", "ui.support.column.phone", current.contactPhone());
		}
		fact("preferred-contact", "ui.support.column.preferred-contact",
				getTranslation(current.preferredContact().messageKey()));
	}

	private void fact(String id, String labelKey, String value) {
		Component term = new DescriptionList.Term(getTranslation(labelKey));
		DescriptionList.Description text = new DescriptionList.Description(value);
		text.setId("fact-" + id);
		facts.add(term, text);
	}

}
