package app.stepwise.insight.ui;

import app.stepwise.flow.FlowMessageKeys;
import app.stepwise.insight.Insight;
import app.stepwise.insight.InsightFigures;
import app.stepwise.insight.InsightFigures.StepCount;
import app.stepwise.insight.OutcomeCounts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of the insight screen, each as a chart and as a table: how runs went, per
 * flow (with a link to the flow's map), week by week, where runs were left or escalated,
 * and the support requests by status.
 */
class InsightReport extends Div {

	static final String RESOLVED = "#17703a";

	static final String ESCALATED = "#b42318";

	static final String ABANDONED = "#8a4b00";

	static final String OPEN = "#6e7781";

	static final String SINGLE = "#1d4ed8";

	private final Insight insight;

	InsightReport(Insight insight) {
		this.insight = insight;
		addClassName("insight-report");
	}

	void show(InsightFigures figures, ZoneId zone) {
		removeAll();
		Locale locale = getLocale();
		add(runs(figures, locale), flows(figures, locale), weeks(figures, locale, zone),
				steps("abandoned", t("ui.insight.abandoned.heading"), figures.abandonedAt(), locale),
				steps("escalated", t("ui.insight.escalated.heading"), figures.escalatedAt(), locale),
				requests(figures, locale));
	}

	private String t(String key) {
		return getTranslation(key);
	}

	private String t(String key, Map<String, ?> arguments) {
		return getTranslation(key, arguments);
	}

	/**
	 * A figure's section: its heading, its chart (none when it has no rows), its table.
	 */
	private Section section(String name, String heading, String chart, Component table) {
		H2 title = new H2(heading);
		title.setId("insight-" + name + "-heading");
		Section section = new Section(title);
		if (chart.contains("<rect")) {
			Svg drawing = new Svg(chart);
			drawing.addClassName("insight-chart-frame");
			section.add(drawing);
		}
		section.add(table);
		section.setId("insight-" + name);
		section.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
		return section;
	}

	private List<BarChart.Series> outcomeSeries() {
		return List.of(new BarChart.Series(t("ui.insight.runs.resolved"), RESOLVED),
				new BarChart.Series(t("ui.insight.runs.escalated"), ESCALATED),
				new BarChart.Series(t("ui.insight.runs.abandoned"), ABANDONED),
				new BarChart.Series(t("ui.insight.runs.open"), OPEN));
	}

	private static List<Long> outcomes(OutcomeCounts counts) {
		return List.of(counts.resolved(), counts.escalated(), counts.abandoned(), counts.open());
	}

	private String deflection(OutcomeCounts counts, Locale locale) {
		return counts.deflection().isPresent() ? FigureTexts.percent(locale, counts.deflection().getAsDouble())
				: t("ui.insight.none");
	}

	private List<String> outcomeHeaders(String first) {
		return List.of(first, t("ui.insight.runs.started"), t("ui.insight.runs.resolved"),
				t("ui.insight.runs.escalated"), t("ui.insight.runs.abandoned"), t("ui.insight.deflection"));
	}

	private List<Component> outcomeCells(Component first, OutcomeCounts counts, Locale locale) {
		return List.of(first, FigureTable.text(FigureTexts.number(locale, counts.started())),
				FigureTable.text(FigureTexts.number(locale, counts.resolved())),
				FigureTable.text(FigureTexts.number(locale, counts.escalated())),
				FigureTable.text(FigureTexts.number(locale, counts.abandoned())),
				FigureTable.text(deflection(counts, locale)));
	}

	private Section runs(InsightFigures figures, Locale locale) {
		OutcomeCounts totals = figures.totals();
		String heading = t("ui.insight.runs.heading");
		List<BarChart.Row> bars = new ArrayList<>();
		List<String> names = List.of("resolved", "escalated", "abandoned", "open");
		List<Long> values = outcomes(totals);
		List<BarChart.Series> series = outcomeSeries();
		for (int i = 0; i < names.size(); i++) {
			List<Long> row = new ArrayList<>(List.of(0L, 0L, 0L, 0L));
			row.set(i, values.get(i));
			bars.add(new BarChart.Row(series.get(i).name(), row, FigureTexts.number(locale, values.get(i))));
		}
		String median = figures.medianResolution()
			.map(d -> FigureTexts.duration(locale, d))
			.orElse(t("ui.insight.none"));
		List<List<Component>> rows = new ArrayList<>();
		rows.add(row(t("ui.insight.runs.started"), FigureTexts.number(locale, totals.started())));
		for (int i = 0; i < names.size(); i++) {
			rows.add(row(series.get(i).name(), FigureTexts.number(locale, values.get(i))));
		}
		rows.add(row(t("ui.insight.deflection"), deflection(totals, locale)));
		rows.add(row(t("ui.insight.median-resolution"), median));
		return section("runs", heading, BarChart.render("insight-runs-chart", heading, series, bars), FigureTable
			.of("insight-runs-table", heading, List.of(t("ui.insight.figure"), t("ui.insight.value")), rows));
	}

	private static List<Component> row(String name, String value) {
		return List.of(FigureTable.text(name), FigureTable.text(value));
	}

	private Section flows(InsightFigures figures, Locale locale) {
		String heading = t("ui.insight.flows.heading");
		List<BarChart.Row> bars = new ArrayList<>();
		List<List<Component>> rows = new ArrayList<>();
		for (InsightFigures.FlowCounts flow : figures.flows()) {
			String name = insight.hasFlow(flow.flowId()) ? t(FlowMessageKeys.flowTitle(flow.flowId())) : flow.flowId();
			bars.add(new BarChart.Row(name, outcomes(flow.counts()),
					FigureTexts.number(locale, flow.counts().started())));
			Component first = insight.hasFlow(flow.flowId())
					? new RouterLink(name, FlowMapView.class, new RouteParameters(FlowMapView.FLOW_ID, flow.flowId()))
					: FigureTable.text(name);
			rows.add(outcomeCells(first, flow.counts(), locale));
		}
		return section("flows", heading, BarChart.render("insight-flows-chart", heading, outcomeSeries(), bars),
				withEmptyNote(
						FigureTable.of("insight-flows-table", heading, outcomeHeaders(t("ui.insight.flow")), rows),
						rows.isEmpty()));
	}

	private Section weeks(InsightFigures figures, Locale locale, ZoneId zone) {
		String heading = t("ui.insight.weeks.heading");
		List<BarChart.Row> bars = new ArrayList<>();
		List<List<Component>> rows = new ArrayList<>();
		for (InsightFigures.WeekCounts week : figures.weeks()) {
			String day = FigureTexts.day(locale, week.start(), zone);
			bars.add(new BarChart.Row(day, outcomes(week.counts()),
					FigureTexts.number(locale, week.counts().started())));
			rows.add(outcomeCells(FigureTable.text(day), week.counts(), locale));
		}
		return section("weeks", heading, BarChart.render("insight-weeks-chart", heading, outcomeSeries(), bars),
				FigureTable.of("insight-weeks-table", heading, outcomeHeaders(t("ui.insight.weeks.week")), rows));
	}

	private Section steps(String name, String heading, List<StepCount> steps, Locale locale) {
		List<BarChart.Row> bars = new ArrayList<>();
		List<List<Component>> rows = new ArrayList<>();
		for (StepCount step : steps) {
			String title = insight.hasStep(step.stepFlowId(), step.stepId())
					? t("ui.insight.step.in-flow",
							Map.of("step", t(FlowMessageKeys.stepTitle(step.stepFlowId(), step.stepId())), "flow",
									t(FlowMessageKeys.flowTitle(step.stepFlowId()))))
					: step.stepFlowId() + " / " + step.stepId();
			String runs = FigureTexts.number(locale, step.runs());
			bars.add(new BarChart.Row(title, List.of(step.runs()), runs));
			rows.add(row(title, runs));
		}
		return section(name, heading,
				BarChart.render("insight-" + name + "-chart", heading,
						List.of(new BarChart.Series(t("ui.insight.runs"), SINGLE)), bars),
				withEmptyNote(FigureTable.of("insight-" + name + "-table", heading,
						List.of(t("ui.insight.step"), t("ui.insight.runs")), rows), rows.isEmpty()));
	}

	private Section requests(InsightFigures figures, Locale locale) {
		String heading = t("ui.insight.requests.heading");
		List<BarChart.Row> bars = new ArrayList<>();
		List<List<Component>> rows = new ArrayList<>();
		for (InsightFigures.StatusCount status : figures.requests()) {
			String name = t(status.status().messageKey());
			String count = FigureTexts.number(locale, status.requests());
			String age = status.medianAge().map(d -> FigureTexts.duration(locale, d)).orElse(t("ui.insight.none"));
			bars.add(new BarChart.Row(name, List.of(status.requests()), count));
			rows.add(List.of(FigureTable.text(name), FigureTable.text(count), FigureTable.text(age)));
		}
		return section("requests", heading,
				BarChart.render("insight-requests-chart", heading,
						List.of(new BarChart.Series(t("ui.insight.requests.count"), SINGLE)), bars),
				withEmptyNote(
						FigureTable.of("insight-requests-table", heading, List.of(t("ui.support.column.status"),
								t("ui.insight.requests.count"), t("ui.insight.requests.median-age")), rows),
						rows.isEmpty()));
	}

	private Component withEmptyNote(Component table, boolean empty) {
		if (!empty) {
			return table;
		}
		Paragraph note = new Paragraph(t("ui.insight.nothing"));
		note.addClassName("insight-nothing");
		return new Div(table, note);
	}

}
