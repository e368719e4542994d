package app.stepwise.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No code turns text into markup: no {@code Html} component, no {@code innerHTML} but in
 * {@code base.ui.SafeHtml} (which escapes every text and value it is given, see
 * {@code SafeHtmlTest}), no JavaScript built by joining strings (values go in as
 * {@code $0} parameters). Texts with emphasis go through {@code Markup}, which only ever
 * creates text and {@code <strong>}. The two reviewed exceptions are drawings: the flow
 * map's SVG written by {@code insight.map.MapSvg}, and the insight screen's charts
 * written by {@code insight.ui.BarChart}, both escaping every text (see
 * {@code MapSvgTest} and {@code BarChartTest}), each shown by Vaadin's {@code Svg}
 * component in one view.
 */
class NoMarkupFromTextTest {

	private static final Path SOURCES = Path.of("src/main/java");

	/** The only source that sets an element's content as HTML, escaping every text. */
	private static final Path SAFE_HTML = SOURCES.resolve("app/stepwise/base/ui/SafeHtml.java");

	/** The only source that may show the flow map's SVG markup. */
	private static final Path SVG_VIEW = SOURCES.resolve("app/stepwise/insight/ui/FlowMapView.java");

	/** The only source that may show the insight charts' SVG markup. */
	private static final Path CHART_VIEW = SOURCES.resolve("app/stepwise/insight/ui/InsightReport.java");

	/** A call of the insight report's section with a chart drawn by {@code BarChart}. */
	private static final Pattern CHART_SECTION = Pattern
		.compile("section\\((?:\"[a-z-]+\"|name),\\s*heading,\\s*BarChart\\.render\\(");

	private static final Pattern EXECUTE_JS = Pattern.compile("executeJs\\(");

	/**
	 * The script is one string literal (which may hold any character, semicolons too),
	 * followed by its parameters or the end of the call: nothing joined to it.
	 */
	private static final Pattern FIXED_SCRIPT = Pattern.compile("\\s*\"(?:[^\"\\\\\\n]|\\\\.)*\"\\s*[,)]");

	private static List<Path> sources() throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter(p -> p.toString().endsWith(".java")).toList();
		}
	}

	@Test
	void noSourceRendersTextAsHtml() throws IOException {
		assertThat(sources()).isNotEmpty().allSatisfy(source -> {
			String code = Files.readString(source).replaceAll("(?s)/\\*.*?\\*/", "");
			assertThat(code).as(source.toString())
				.doesNotContain("import com.vaadin.flow.component.Html;", "new Html(", "outerHTML",
						"insertAdjacentHTML", "setUnsafeAction", "document.write");
			if (!source.equals(SAFE_HTML)) {
				assertThat(code).as(source.toString()).doesNotContain("innerHTML");
			}
		});
	}

	@Test
	void onlyTheFlowMapAndTheInsightChartsShowSvgMarkupAndOnlyTheirOwn() throws IOException {
		for (Path source : sources()) {
			String code = Files.readString(source).replaceAll("(?s)/\\*.*?\\*/", "");
			if (source.equals(SVG_VIEW)) {
				assertThat(code).contains("drawing.setSvg(maps.svg(");
				assertThat(code.split("setSvg\\(", -1)).as(source.toString()).hasSize(2);
			}
			else if (source.equals(CHART_VIEW)) {
				assertThat(code).doesNotContain("setSvg(");
				assertThat(code.split("new Svg\\(", -1)).as(source.toString()).hasSize(2);
				long sections = Pattern.compile("(?<!Section )\\bsection\\(").matcher(code).results().count();
				assertThat(CHART_SECTION.matcher(code).results().count()).as("sections with a BarChart")
					.isPositive()
					.isEqualTo(sections);
			}
			else {
				assertThat(code).as(source.toString()).doesNotContain("setSvg(", "new Svg(");
			}
		}
	}

	@Test
	void javaScriptSentToTheBrowserIsAFixedTextWithParameters() throws IOException {
		for (Path source : sources()) {
			String code = Files.readString(source).replaceAll("(?s)/\\*.*?\\*/", "");
			Matcher calls = EXECUTE_JS.matcher(code);
			while (calls.find()) {
				String call = code.substring(calls.start(), Math.min(code.length(), calls.end() + 120));
				assertThat(FIXED_SCRIPT.matcher(code).region(calls.end(), code.length()).lookingAt())
					.as(source + ": " + call)
					.isTrue();
			}
		}
	}

}
