package app.stepwise.insight.ui;

import app.stepwise.base.ui.BrowserZone;
import app.stepwise.base.ui.DatePickerTexts;
import app.stepwise.base.ui.Screen;
import app.stepwise.escalation.RequestSummaries;
import app.stepwise.flow.Cloud;
import app.stepwise.flow.FlowMessageKeys;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.Messages;
import app.stepwise.insight.Insight;
import app.stepwise.insight.InsightFigures;
import app.stepwise.insight.InsightFilter;
import app.stepwise.insight.InsightPeriod;
import app.stepwise.security.Roles;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Insight for support leads: for a period and a filter, how many runs ended resolved,
 * escalated or left, the share of problems solved without a support request, the median
 * time to a solution, where runs stall, a weekly trend and the support requests by
 * status, each as a chart and as a table, and all of it as CSV.
 */
@Route("insight")
@RolesAllowed(Roles.SUPPORT)
@Menu(title = "ui.menu.insight", order = 4)
@Screen
class InsightView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	/** The periods offered: the last days up to now, or chosen days. */
	enum Range {

		LAST_7_DAYS(7), LAST_30_DAYS(30), LAST_90_DAYS(90), DAYS(0);

		final int days;

		Range(int days) {
			this.days = days;
		}

	}

	private final Insight insight;

	final H1 title = new H1();

	final Paragraph intro = new Paragraph();

	final Select<Range> range = new Select<>();

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	final Select<String> flow = new Select<>();

	final Select<Language> language = new Select<>();

	final Select<Cloud> cloud = new Select<>();

	final Select<String> tenant = new Select<>();

	final Anchor export;

	final Paragraph showing = new Paragraph();

	final InsightReport report;

	/** The figures shown, read by the download, which may run outside the UI's lock. */
	private volatile @Nullable InsightFigures figures;

	private volatile ZoneId zone = ZoneOffset.UTC;

	InsightView(Insight insight, Messages messages) {
		this.insight = insight;
		addClassName("insight-view");
		title.setId("insight-heading");
		range.setId("insight-range");
		range.setItems(Range.values());
		range.setValue(Range.LAST_30_DAYS);
		from.setId("insight-from");
		to.setId("insight-to");
		List.of(from, to).forEach(day -> {
			day.setManualValidation(true);
			day.setVisible(false);
			day.addValueChangeListener(e -> refresh());
		});
		range.addValueChangeListener(e -> {
			boolean days = e.getValue() == Range.DAYS;
			from.setVisible(days);
			to.setVisible(days);
			if (days && from.isEmpty() && to.isEmpty()) {
				LocalDate today = LocalDate.now(BrowserZone.current());
				from.setValue(today.minusDays(29));
				to.setValue(today);
			}
			refresh();
		});
		flow.setId("insight-flow");
		flow.setItems(insight.flows());
		language.setId("insight-language");
		language.setItems(Language.values());
		language.setItemLabelGenerator(l -> l == null ? "" : l.nativeName());
		cloud.setId("insight-cloud");
		cloud.setItems(Cloud.values());
		tenant.setId("insight-tenant");
		List<String> tenants = insight.tenants();
		tenant.setItems(tenants);
		tenant.setVisible(!tenants.isEmpty());
		for (Select<?> filter : List.of(flow, language, cloud, tenant)) {
			filter.setEmptySelectionAllowed(true);
			filter.addValueChangeListener(e -> refresh());
		}
		export = new Anchor(csvDownload(messages), AttachmentType.DOWNLOAD, "");
		export.setId("insight-export");
		export.addClassName("export-link");
		Div filters = new Div(range, from, to, flow, language, cloud, tenant, export);
		filters.addClassName("insight-filters");
		showing.setId("insight-showing");
		showing.getElement().setAttribute("aria-live", "polite");
		report = new InsightReport(insight);
		add(title, intro, filters, showing, report);
	}

	private InsightFilter filter() {
		return new InsightFilter(flow.getValue(), language.getValue(), cloud.getValue(), tenant.getValue());
	}

	/**
	 * The period chosen, or nothing when the chosen days are incomplete or wrong: then
	 * the day pickers say why, keep what was typed, and the figures shown stay.
	 */
	private Optional<InsightPeriod> period() {
		Range chosen = range.getValue() == null ? Range.LAST_30_DAYS : range.getValue();
		from.setInvalid(false);
		to.setInvalid(false);
		if (chosen != Range.DAYS) {
			return Optional.of(insight.lastDays(chosen.days));
		}
		if (from.getValue() == null || to.getValue() == null) {
			DatePicker empty = from.getValue() == null ? from : to;
			empty.setErrorMessage(getTranslation("ui.insight.days.missing"));
			empty.setInvalid(true);
			return Optional.empty();
		}
		Optional<InsightPeriod> days = InsightPeriod.days(from.getValue(), to.getValue(), BrowserZone.current());
		if (days.isEmpty()) {
			to.setErrorMessage(to.getValue().isBefore(from.getValue()) ? getTranslation("ui.insight.days.reversed")
					: getTranslation("ui.insight.days.too-long", Map.of("days", InsightPeriod.MAX_DAYS)));
			to.setInvalid(true);
		}
		return days;
	}

	/** Reads the figures of the chosen period and filter and shows them. */
	void refresh() {
		Optional<InsightPeriod> period = period();
		if (period.isEmpty()) {
			return;
		}
		zone = BrowserZone.current();
		InsightFigures read = insight.figures(period.get(), filter());
		figures = read;
		showing.setText(getTranslation("ui.insight.showing",
				Map.of("from", FigureTexts.day(getLocale(), read.period().from(), zone), "to",
						FigureTexts.day(getLocale(), read.period().to().minusMillis(1), zone), "runs",
						read.totals().started())));
		report.show(read, zone);
	}

	/** The figures shown, as CSV in the reader's language. */
	DownloadHandler csvDownload(Messages messages) {
		return event -> {
			InsightFigures shown = figures;
			if (shown == null) {
				event.getResponse().setStatus(404);
				return;
			}
			event.setFileName("stepwise-insight-" + shown.asOf().atZone(zone).toLocalDate() + ".csv");
			event.setContentType("text/csv; charset=UTF-8");
			InsightCsv.write(shown, messages, event.getUI().getLocale(), zone, event.getOutputStream());
		};
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		title.setText(getTranslation("ui.insight.title"));
		intro.setText(getTranslation("ui.insight.intro"));
		range.setLabel(getTranslation("ui.insight.period"));
		range.setItemLabelGenerator(
				r -> r == null ? "" : r == Range.DAYS ? getTranslation("ui.insight.period.chosen-days")
						: getTranslation("ui.insight.period.days", Map.of("days", r.days)));
		from.setLabel(getTranslation("ui.insight.from"));
		from.setI18n(DatePickerTexts.of(this));
		to.setLabel(getTranslation("ui.insight.to"));
		to.setI18n(DatePickerTexts.of(this));
		String all = getTranslation("ui.support.queue.filter.any");
		flow.setLabel(getTranslation("ui.insight.flow"));
		flow.setEmptySelectionCaption(all);
		flow.setPlaceholder(all);
		flow.setItemLabelGenerator(id -> id == null ? "" : getTranslation(FlowMessageKeys.flowTitle(id)));
		language.setLabel(getTranslation("ui.support.column.language"));
		language.setEmptySelectionCaption(all);
		language.setPlaceholder(all);
		cloud.setLabel(getTranslation("ui.wizard.cloud.label"));
		cloud.setEmptySelectionCaption(all);
		cloud.setPlaceholder(all);
		cloud.setItemLabelGenerator(c -> c == null ? "" : getTranslation(RequestSummaries.cloudKey(c)));
		tenant.setLabel(getTranslation("ui.insight.tenant"));
		tenant.setEmptySelectionCaption(all);
		tenant.setPlaceholder(all);
		export.removeAll();
		export.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("ui.insight.export")));
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("ui.insight.page-title");
	}

}
