package app.stepwise.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The insight charts are SVG markup shown as such, so every text in them (flow and step
 * titles, figures, the title) must arrive as text, never as markup.
 */
class BarChartTest {

	private static final String HOSTILE = "<script>x</script>&\"'";

	@Test
	void everyTextInTheChartIsEscaped() {
		String svg = BarChart.render("chart", HOSTILE,
				List.of(new BarChart.Series(HOSTILE, "#1a7f37"), new BarChart.Series("<b>", "#c62828")),
				List.of(new BarChart.Row(HOSTILE, List.of(3L, 1L), HOSTILE)));

		assertThat(svg).startsWith("<svg")
			.doesNotContain("<script", "<b>", "\"'")
			.contains("&lt;script&gt;x&lt;/script&gt;&amp;", "&lt;b&gt;");
	}

	@Test
	void barsAreAsLongAsTheirShareOfTheWidestRow() {
		String svg = BarChart.render("chart", "Runs", List.of(new BarChart.Series("Resolved", "#1a7f37")),
				List.of(new BarChart.Row("a", List.of(4L), "4"), new BarChart.Row("b", List.of(2L), "2")));

		// The widest row fills the bar area (the width less the label and figure
		// columns).
		assertThat(svg).contains("width=\"360.0\"", "width=\"180.0\"")
			.contains("<title id=\"chart-title\">Runs</title>");
		assertThat(BarChart.render("chart", "Runs", List.of(new BarChart.Series("Resolved", "#1a7f37")),
				List.of(new BarChart.Row("a", List.of(0L), "0"))))
			.doesNotContain("<rect");
	}

}
