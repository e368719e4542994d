package app.stepwise.insight.map;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.flow.FlowDefinition;
import app.stepwise.flow.Step;
import app.stepwise.i18n.Language;
import app.stepwise.insight.map.LaidOutMap.Box;
import app.stepwise.insight.map.LaidOutMap.Line;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped flow, in every language, laid out by the layered algorithm: no two boxes
 * overlap, every label lies inside the drawing, and every line of text fits its box.
 */
class MapLayoutTest {

	static Stream<Arguments> flowsAndLanguages() {
		return MapFixtures.catalog()
			.flows()
			.stream()
			.flatMap(flow -> Arrays.stream(Language.values()).map(language -> Arguments.of(flow, language)));
	}

	/** Every step flagged as stale, so that the longest boxes are laid out too. */
	private static LaidOutMap layout(FlowDefinition flow, Language language) {
		Set<String> everyStep = flow.steps().stream().map(Step::id).collect(Collectors.toSet());
		return MapLayout.layout(FlowGraph.of(flow), MapFixtures.texts(language), everyStep);
	}

	@ParameterizedTest
	@MethodSource("flowsAndLanguages")
	void noTwoBoxesOverlapAndEverythingLiesInsideTheDrawing(FlowDefinition flow, Language language) {
		LaidOutMap map = layout(flow, language);

		List<Box> boxes = new ArrayList<>();
		map.nodes().forEach(node -> boxes.add(node.box()));
		map.edges().forEach(edge -> boxes.add(edge.label()));
		assertThat(boxes).hasSize(map.graph().nodes().size() + map.graph().edges().size())
			.allSatisfy(
					box -> assertThat(box.within(map.width(), map.height())).as("%s inside the drawing", box).isTrue());
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				assertThat(boxes.get(i).overlaps(boxes.get(j))).as("%s overlaps %s", boxes.get(i), boxes.get(j))
					.isFalse();
			}
		}
		map.edges()
			.forEach(edge -> assertThat(edge.points()).as(edge.edge().id())
				.hasSizeGreaterThanOrEqualTo(2)
				.allSatisfy(p -> assertThat(p.x() >= 0 && p.x() <= map.width() && p.y() >= 0 && p.y() <= map.height())
					.isTrue()));
	}

	@ParameterizedTest
	@MethodSource("flowsAndLanguages")
	void everyLineFitsItsBoxEvenWithTheLargestCounts(FlowDefinition flow, Language language) {
		LaidOutMap map = layout(flow, language);
		MapTexts texts = MapFixtures.texts(language);
		Map<String, Long> widest = Map.of("count", MapLayout.WIDEST_COUNT);

		for (LaidOutMap.PlacedNode node : map.nodes()) {
			Box box = node.box();
			List<Line> lines = new ArrayList<>(node.lines());
			if (node.node().isStep()) {
				lines.add(new Line(texts.get(MapWords.endedKey(node.node().kind()), widest),
						box.x() + MapLayout.PADDING, node.countY(), 12, false, "count"));
			}
			assertThat(lines).allSatisfy(line -> {
				assertThat(line.x() + TextMetrics.width(line.text(), line.size(), line.bold()))
					.as("'%s' in %s", line.text(), node.node().id())
					.isLessThanOrEqualTo(box.x() + box.width() - MapLayout.PADDING + 0.01);
				assertThat(line.y()).as("'%s' in %s", line.text(), node.node().id())
					.isBetween(box.y(), box.y() + box.height());
			});
		}
		for (LaidOutMap.PlacedEdge edge : map.edges()) {
			Box box = edge.label();
			String runs = texts.get("ui.flow-map.edge.runs", widest);
			assertThat(box.x() + 4 + TextMetrics.width(runs, 12, true)).isLessThanOrEqualTo(box.x() + box.width());
			assertThat(edge.countY()).isLessThanOrEqualTo(box.y() + box.height());
			assertThat(edge.lines())
				.allSatisfy(line -> assertThat(line.x() + TextMetrics.width(line.text(), line.size(), line.bold()))
					.isLessThanOrEqualTo(box.x() + box.width() + 0.01));
		}
	}

	@Test
	void theSameFlowAndLanguageIsLaidOutTheSameEveryTime() {
		FlowDefinition flow = MapFixtures.catalog().get("reset-passwords");

		LaidOutMap first = layout(flow, Language.DANISH);
		LaidOutMap second = layout(flow, Language.DANISH);

		assertThat(second).isEqualTo(first);
	}

	@Test
	void longTextIsWrappedIntoTheBoxAndCutWithAnEllipsisWhenItIsTooLong() {
		String longTitle = "Ensimmäinen " + "pitkäsanainenotsikkotekstijonkaonpakkokatketa ".repeat(6);

		List<String> lines = TextMetrics.wrap(longTitle, 176, 13, true, 4);

		assertThat(lines).hasSize(4)
			.allSatisfy(line -> assertThat(TextMetrics.width(line, 13, true)).isLessThanOrEqualTo(176));
		assertThat(lines.getLast()).endsWith("…");
		assertThat(TextMetrics.wrap("Short title", 176, 13, true, 4)).containsExactly("Short title");
	}

}
