package app.stepwise.insight.ui;

import app.stepwise.base.ui.Markup;
import app.stepwise.flow.FlowMessageKeys;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.Messages;
import app.stepwise.insight.InsightFigures;
import app.stepwise.insight.OutcomeCounts;
import com.ibm.icu.text.DecimalFormatSymbols;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The insight figures as CSV, as the support queue exports its requests: UTF-8 with a
 * byte order mark, the separator spreadsheets expect in the reader's language, names in
 * that language, cells a spreadsheet would run as formulas defused. One row per figure:
 * its section, what it is about (a flow, a week, a step, a status), the figure, the
 * value. Counts are plain numbers, shares percentages, durations ISO 8601 (PT20M), days
 * ISO dates: what a spreadsheet reads back as numbers and times. Aggregates only.
 */
final class InsightCsv {

	private final Messages messages;

	private final Language language;

	private final Writer out;

	private final char separator;

	private InsightCsv(Messages messages, Language language, Writer out) {
		this.messages = messages;
		this.language = language;
		this.out = out;
		this.separator = DecimalFormatSymbols.getInstance(language.uLocale()).getDecimalSeparator() == ',' ? ';' : ',';
	}

	static void write(InsightFigures figures, Messages messages, Locale locale, ZoneId zone, OutputStream stream)
			throws IOException {
		Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		new InsightCsv(messages, Language.orEnglish(locale), writer).figures(figures, zone);
		writer.flush();
	}

	private void figures(InsightFigures figures, ZoneId zone) throws IOException {
		row(List.of(text("ui.insight.csv.section"), text("ui.insight.csv.about"), text("ui.insight.figure"),
				text("ui.insight.value")));
		String runs = text("ui.insight.runs.heading");
		outcomes(runs, "", figures.totals());
		row(List.of(runs, "", text("ui.insight.median-resolution"),
				figures.medianResolution().map(Duration::toString).orElse("")));
		String flows = text("ui.insight.flows.heading");
		for (InsightFigures.FlowCounts flow : figures.flows()) {
			outcomes(flows, flow.flowId(), flow.counts());
		}
		String weeks = text("ui.insight.weeks.heading");
		for (InsightFigures.WeekCounts week : figures.weeks()) {
			outcomes(weeks, week.start().atZone(zone).toLocalDate().toString(), week.counts());
		}
		steps(text("ui.insight.abandoned.heading"), figures.abandonedAt());
		steps(text("ui.insight.escalated.heading"), figures.escalatedAt());
		String requests = text("ui.insight.requests.heading");
		for (InsightFigures.StatusCount status : figures.requests()) {
			String name = text(status.status().messageKey());
			row(List.of(requests, name, text("ui.insight.requests.count"), Long.toString(status.requests())));
			row(List.of(requests, name, text("ui.insight.requests.median-age"),
					status.medianAge().map(Duration::toString).orElse("")));
		}
	}

	private void outcomes(String section, String about, OutcomeCounts counts) throws IOException {
		row(List.of(section, about, text("ui.insight.runs.started"), Long.toString(counts.started())));
		row(List.of(section, about, text("ui.insight.runs.resolved"), Long.toString(counts.resolved())));
		row(List.of(section, about, text("ui.insight.runs.escalated"), Long.toString(counts.escalated())));
		row(List.of(section, about, text("ui.insight.runs.abandoned"), Long.toString(counts.abandoned())));
		String share = counts.deflection().isPresent()
				? String.format(Locale.ROOT, "%.1f", 100 * counts.deflection().getAsDouble())
					.replace('.', separator == ';' ? ',' : '.')
				: "";
		row(List.of(section, about, text("ui.insight.csv.deflection-percent"), share));
	}

	private void steps(String section, List<InsightFigures.StepCount> steps) throws IOException {
		for (InsightFigures.StepCount step : steps) {
			String name = messages.has(language, FlowMessageKeys.stepTitle(step.stepFlowId(), step.stepId()))
					? text(FlowMessageKeys.stepTitle(step.stepFlowId(), step.stepId())) : step.stepId();
			row(List.of(section, step.stepFlowId() + " / " + name, text("ui.insight.runs"),
					Long.toString(step.runs())));
		}
	}

	private void row(List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write(separator);
			}
			out.write(cell(cells.get(i)));
		}
		out.write("\r\n");
	}

	private String cell(String value) {
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (safe.indexOf(separator) >= 0 || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	private String text(String key) {
		return Markup.plain(messages.get(language, key, Map.of()));
	}

}
