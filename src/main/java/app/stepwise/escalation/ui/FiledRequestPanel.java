package app.stepwise.escalation.ui;

import app.stepwise.base.ui.Clipboard;
import app.stepwise.base.ui.Markup;
import app.stepwise.escalation.RequestSummaries;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.i18n.Language;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;

/**
 * A filed request from the operator's side: the reference to quote, the summary to copy
 * in the reader's language and in English (for Microsoft's support form), and how to open
 * a request with Microsoft from the tenant's cloud.
 */
class FiledRequestPanel extends Div implements LocaleChangeObserver {

	private final SupportRequest request;

	private final RequestSummaries summaries;

	final H2 title = new H2();

	final Span reference = new Span();

	final Paragraph status = new Paragraph();

	final Div summariesArea = new Div();

	final Section vendor = new Section();

	final RouterLink myRequests = new RouterLink();

	/** The summary in the reader's language; empty when the reader reads English. */
	String localSummary = "";

	String englishSummary = "";

	FiledRequestPanel(SupportRequest request, RequestSummaries summaries) {
		this.request = request;
		this.summaries = summaries;
		addClassName("filed-request");
		setId("filed-request");
		title.setId("filed-title");
		reference.setId("reference");
		reference.addClassName("reference");
		reference.setText(request.reference());
		status.setId("request-status");
		summariesArea.addClassName("summaries");
		vendor.setId("vendor-steps");
		vendor.addClassName("vendor-steps");
		myRequests.setRoute(MyRequestsView.class);
		myRequests.setId("my-requests-link");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		removeAll();
		Language reader = Language.orEnglish(getLocale());
		title.setText(getTranslation("ui.escalation.filed.title"));
		Span label = new Span(getTranslation("ui.escalation.filed.reference"));
		label.addClassName("reference-label");
		Div referenceBox = new Div(label, reference);
		referenceBox.addClassName("reference-box");
		Paragraph hint = new Paragraph(getTranslation("ui.escalation.filed.reference-hint"));
		status.setText(getTranslation("ui.escalation.filed.status",
				Map.of("status", getTranslation(request.status().messageKey()))));
		englishSummary = summaries.text(request, Language.ENGLISH);
		localSummary = reader == Language.ENGLISH ? "" : summaries.text(request, reader);
		summariesArea.removeAll();
		if (!localSummary.isEmpty()) {
			summariesArea.add(summary("local",
					getTranslation("ui.escalation.filed.summary.local",
							Map.of("language", reader.nameInSentence(reader))),
					localSummary, getTranslation("ui.escalation.filed.copy-local",
							Map.of("language", reader.nameInSentence(reader)))));
		}
		summariesArea.add(summary("english",
				getTranslation(localSummary.isEmpty() ? "ui.escalation.filed.summary.only"
						: "ui.escalation.filed.summary.english"),
				englishSummary, getTranslation("ui.escalation.filed.copy-english")));
		renderVendorSteps();
		myRequests.setText(getTranslation("ui.escalation.filed.my-requests"));
		add(title, referenceBox, hint, status, summariesArea, vendor, myRequests);
	}

	private Section summary(String id, String heading, String text, String copyLabel) {
		H3 title = new H3(heading);
		title.setId("summary-" + id + "-title");
		Pre body = new Pre(text);
		body.setId("summary-" + id);
		body.addClassName("summary-text");
		body.getElement().setAttribute("tabindex", "0");
		body.getElement().setAttribute("aria-labelledby", "summary-" + id + "-title");
		Button copy = new Button(copyLabel, VaadinIcon.COPY_O.create(),
				e -> Clipboard.copy(this, text, "ui.escalation.filed.copied", "ui.escalation.filed.copy-failed"));
		copy.setId("copy-summary-" + id);
		copy.addClassName("long-label");
		copy.addThemeVariants(ButtonVariant.PRIMARY);
		Section section = new Section(title, copy, body);
		section.addClassName("summary");
		return section;
	}

	private void renderVendorSteps() {
		vendor.removeAll();
		H3 heading = new H3(getTranslation("ui.escalation.vendor.title"));
		OrderedList steps = new OrderedList();
		steps.setId("vendor-step-list");
		for (String key : summaries.vendorSteps(request.cloud())) {
			steps.add(new ListItem(Markup.render(getTranslation(key))));
		}
		vendor.add(heading, new Paragraph(getTranslation("ui.escalation.vendor.intro")), steps);
	}

}
