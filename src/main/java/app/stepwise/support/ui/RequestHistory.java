package app.stepwise.support.ui;

import app.stepwise.base.ui.BrowserZone;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.i18n.Messages;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** What support staff did with a request: each change of status and each comment. */
class RequestHistory extends Section implements LocaleChangeObserver {

	private final Messages messages;

	private List<SupportRequest.StatusChange> changes = List.of();

	RequestHistory(Messages messages) {
		this.messages = messages;
		setId("request-history");
	}

	void show(SupportRequest request) {
		this.changes = request.history();
		if (isAttached()) {
			render();
		}
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		render();
	}

	private void render() {
		removeAll();
		add(new H2(getTranslation("ui.support.detail.history.title")));
		if (changes.isEmpty()) {
			add(new Paragraph(getTranslation("ui.support.detail.history.empty")));
			return;
		}
		ZoneId zone = BrowserZone.current();
		OrderedList list = new OrderedList();
		list.setId("history-list");
		for (SupportRequest.StatusChange change : changes) {
			String time = messages.dateTime(getLocale(), change.at(), zone);
			String line = change.from() == change.to()
					? getTranslation("ui.support.detail.history.note",
							Map.of("time", time, "status", getTranslation(change.to().messageKey()), "actor",
									change.actor()))
					: getTranslation("ui.support.detail.history.change",
							Map.of("time", time, "from", getTranslation(change.from().messageKey()), "to",
									getTranslation(change.to().messageKey()), "actor", change.actor()));
			ListItem item = new ListItem(new Span(line));
			if (!change.comment().isEmpty()) {
				Paragraph text = new Paragraph(change.comment());
				text.addClassName("request-description-text");
				item.add(text);
			}
			list.add(item);
		}
		add(list);
	}

}
