package app.stepwise.wizard.ui;

import app.stepwise.base.ui.BrowserZone;
import app.stepwise.i18n.Messages;
import app.stepwise.tenant.CheckResult;
import app.stepwise.tenant.CheckStatus;
import app.stepwise.tenant.Finding;
import app.stepwise.tenant.TenantTexts;
import app.stepwise.wizard.Evidence;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.Map;

/**
 * What one check found, in the reader's language: its name, when it was read, its
 * headline (or, when it could not or may not run, what to do: which permission to grant,
 * which licence is missing) and its facts. Values from the tenant are text, never markup.
 */
class CheckResultBox extends Div implements LocaleChangeObserver {

	private final CheckResult result;

	private final Messages messages;

	CheckResultBox(CheckResult result, Messages messages) {
		this.result = result;
		this.messages = messages;
		setId("check-" + result.check().id());
		addClassNames("tenant-check", "tenant-check-" + Evidence.status(result.status()));
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		removeAll();
		H3 name = new H3(getTranslation(TenantTexts.title(result.check())));
		Span when = new Span(getTranslation(TenantTexts.READ_AT,
				Map.of("time", messages.dateTime(getLocale(), result.readAt(), BrowserZone.current()))));
		when.addClassName("tenant-check-time");
		UnorderedList facts = new UnorderedList();
		ListItem note = new ListItem(text(result.note()));
		note.addClassName(result.status() == CheckStatus.OK ? "tenant-check-headline" : "tenant-check-note");
		facts.add(note);
		result.facts().forEach(fact -> facts.add(new ListItem(text(fact))));
		add(name, when, facts);
	}

	private String text(Finding finding) {
		return getTranslation(finding.key(),
				finding.arguments(i -> messages.dateTime(getLocale(), i, BrowserZone.current())));
	}

}
