package app.stepwise.support.ui;

import app.stepwise.base.ui.BrowserZone;
import app.stepwise.base.ui.DatePickerTexts;
import app.stepwise.escalation.QueueFilter;
import app.stepwise.escalation.RequestStatus;
import app.stepwise.flow.FlowMessageKeys;
import app.stepwise.i18n.Language;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.List;
import java.util.function.Consumer;

/**
 * The support queue's filters: status, problem, language and creation date, and a way to
 * clear them all. Each change hands the new filter to the queue.
 */
class QueueFilterBar extends Section implements LocaleChangeObserver {

	final Select<RequestStatus> status = new Select<>();

	final Select<String> flow = new Select<>();

	final Select<Language> language = new Select<>();

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	final Button clear = new Button();

	QueueFilterBar(List<String> flowIds, Consumer<QueueFilter> changed) {
		addClassName("queue-filters");
		setId("queue-filters");
		status.setId("filter-status");
		status.setItems(RequestStatus.values());
		status.setEmptySelectionAllowed(true);
		flow.setId("filter-flow");
		flow.setItems(flowIds);
		flow.setEmptySelectionAllowed(true);
		language.setId("filter-language");
		language.setItems(Language.values());
		language.setItemLabelGenerator(l -> l == null ? "" : l.nativeName());
		language.setEmptySelectionAllowed(true);
		from.setId("filter-from");
		to.setId("filter-to");
		from.addValueChangeListener(e -> to.setMin(e.getValue()));
		to.addValueChangeListener(e -> from.setMax(e.getValue()));
		clear.setId("clear-filters");
		clear.addThemeVariants(ButtonVariant.TERTIARY);
		clear.addClickListener(e -> {
			status.clear();
			flow.clear();
			language.clear();
			from.clear();
			to.clear();
		});
		List.of(status, flow, language).forEach(s -> s.addValueChangeListener(e -> changed.accept(filter())));
		List.of(from, to).forEach(d -> d.addValueChangeListener(e -> changed.accept(filter())));
		add(status, flow, language, from, to, clear);
	}

	/** The filter the fields now say, in the browser's time zone. */
	QueueFilter filter() {
		return new QueueFilter(status.getValue(), flow.getValue(), language.getValue(), from.getValue(), to.getValue(),
				BrowserZone.current());
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		String any = getTranslation("ui.support.queue.filter.any");
		getElement().setAttribute("aria-label", getTranslation("ui.support.queue.filters"));
		status.setLabel(getTranslation("ui.support.column.status"));
		status.setEmptySelectionCaption(any);
		status.setPlaceholder(any);
		status.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.messageKey()));
		flow.setLabel(getTranslation("ui.support.column.flow"));
		flow.setEmptySelectionCaption(any);
		flow.setPlaceholder(any);
		flow.setItemLabelGenerator(id -> id == null ? "" : getTranslation(FlowMessageKeys.flowTitle(id)));
		language.setLabel(getTranslation("ui.support.column.language"));
		language.setEmptySelectionCaption(any);
		language.setPlaceholder(any);
		from.setLabel(getTranslation("ui.support.queue.filter.from"));
		from.setI18n(DatePickerTexts.of(this));
		to.setLabel(getTranslation("ui.support.queue.filter.to"));
		to.setI18n(DatePickerTexts.of(this));
		clear.setText(getTranslation("ui.support.queue.filter.clear"));
	}

}
