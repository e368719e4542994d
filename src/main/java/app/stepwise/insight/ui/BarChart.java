package app.stepwise.insight.ui;

import app.stepwise.base.MarkupText;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn on the server as SVG: one row per item, each bar made of
 * the series' segments side by side, the row's label on the left and its figure on the
 * right. Plain SVG with no script, so that the screen needs no charting component (Vaadin
 * Charts needs a licence) and no frontend build, and the same text downloads or prints.
 *
 * <p>
 * The drawing is a picture for those who see it; its numbers are in the table that
 * follows it on the screen, which is what a screen reader reads.
 */
final class BarChart {

	/** A series: its name (for the legend) and its colour. */
	record Series(String name, String colour) {
	}

	/** A row: its label, a value per series, and the figure written after the bar. */
	record Row(String label, List<Long> values, String figure) {
	}

	static final int WIDTH = 720;

	private static final int LABEL_WIDTH = 250;

	private static final int FIGURE_WIDTH = 110;

	private static final int ROW_HEIGHT = 26;

	private static final int BAR_HEIGHT = 16;

	private static final int LEGEND_HEIGHT = 26;

	private static final int LABEL_CHARACTERS = 34;

	private BarChart() {
	}

	/**
	 * The chart as an SVG element.
	 * @param id the element's id, unique on the page
	 * @param title what the chart shows, its accessible name
	 * @param series the series, in the order of each row's values; a legend when more
	 * than one
	 * @param rows the rows, top to bottom
	 */
	static String render(String id, String title, List<Series> series, List<Row> rows) {
		long widest = rows.stream()
			.mapToLong(r -> r.values().stream().mapToLong(Long::longValue).sum())
			.max()
			.orElse(0);
		int legend = series.size() > 1 ? LEGEND_HEIGHT : 0;
		int height = legend + Math.max(1, rows.size()) * ROW_HEIGHT + 4;
		double barArea = WIDTH - LABEL_WIDTH - FIGURE_WIDTH;
		StringBuilder svg = new StringBuilder(1024);
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"insight-chart\" id=\"%s\" role=\"img\""
						+ " aria-labelledby=\"%s-title\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\""
						+ " font-family=\"sans-serif\" font-size=\"13\">",
				id, id, WIDTH, height, WIDTH, height));
		svg.append("<title id=\"").append(id).append("-title\">").append(MarkupText.escape(title)).append("</title>");
		double x = LABEL_WIDTH;
		if (series.size() > 1) {
			for (Series each : series) {
				svg.append(String.format(Locale.ROOT,
						"<rect x=\"%.1f\" y=\"6\" width=\"12\" height=\"12\" fill=\"%s\"/>"
								+ "<text x=\"%.1f\" y=\"16\" fill=\"#1f2328\">%s</text>",
						x, each.colour(), x + 16, MarkupText.escape(each.name())));
				x += 24 + 7.5 * each.name().length();
			}
		}
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			int top = legend + i * ROW_HEIGHT;
			int baseline = top + ROW_HEIGHT / 2 + 5;
			svg.append(
					String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#1f2328\">%s</text>",
							LABEL_WIDTH - 8, baseline, MarkupText.escape(shortened(row.label()))));
			double left = LABEL_WIDTH;
			for (int s = 0; s < row.values().size() && s < series.size(); s++) {
				long value = row.values().get(s);
				double width = widest == 0 ? 0 : barArea * value / widest;
				if (width > 0) {
					svg.append(String.format(Locale.ROOT,
							"<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>", left,
							top + (ROW_HEIGHT - BAR_HEIGHT) / 2, width, BAR_HEIGHT, series.get(s).colour()));
				}
				left += width;
			}
			svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"#1f2328\">%s</text>", left + 6,
					baseline, MarkupText.escape(row.figure())));
		}
		svg.append(String.format(Locale.ROOT,
				"<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#6e7781\" stroke-width=\"1\"/>", LABEL_WIDTH,
				legend, LABEL_WIDTH, height - 2));
		return svg.append("</svg>").toString();
	}

	/** A label that fits its column; the table beside the chart has it whole. */
	private static String shortened(String label) {
		return label.length() <= LABEL_CHARACTERS ? label : label.substring(0, LABEL_CHARACTERS - 1) + "…";
	}

}
