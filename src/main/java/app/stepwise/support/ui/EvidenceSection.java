package app.stepwise.support.ui;

import app.stepwise.base.ui.BrowserZone;
import app.stepwise.base.ui.SafeHtml;
import app.stepwise.escalation.EvidenceTexts;
import app.stepwise.escalation.SupportRequest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What tenant checks showed during the request's run, in the reader's language and time
 * zone; hidden when the run made none. Read, never clicked: one element's content
 * ({@link SafeHtml}).
 */
class EvidenceSection extends Div implements LocaleChangeObserver {

	private final EvidenceTexts texts;

	final H2 heading = new H2();

	private final Element list = new Element("ul");

	private @Nullable SupportRequest request;

	EvidenceSection(EvidenceTexts texts) {
		this.texts = texts;
		setId("request-evidence");
		addClassName("request-evidence");
		heading.setId("request-evidence-title");
		list.setAttribute("aria-labelledby", "request-evidence-title");
		add(heading);
		getElement().appendChild(list);
		setVisible(false);
	}

	void show(SupportRequest shown) {
		this.request = shown;
		setVisible(!shown.evidence().isEmpty());
		if (isAttached()) {
			render();
		}
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		render();
	}

	private void render() {
		if (request == null || request.evidence().isEmpty()) {
			return;
		}
		heading.setText(getTranslation("ui.support.detail.evidence.title", Map.of("count", request.evidence().size())));
		SafeHtml items = new SafeHtml();
		for (EvidenceTexts.Check check : texts.of(request, getLocale(), BrowserZone.current())) {
			items.open("li").element("span", "evidence-heading", check.heading());
			for (String fact : check.facts()) {
				items.open("span", "class", "evidence-fact").markup(fact).close("span");
			}
			items.close("li");
		}
		items.writeInto(list);
	}

}
