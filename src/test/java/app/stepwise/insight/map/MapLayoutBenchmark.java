package app.stepwise.insight.map;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.flow.FlowDefinition;
import app.stepwise.i18n.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How long the layered layout takes per flow: the first layout in a fresh JVM (class
 * loading and ELK's start-up included), then the median of repeated layouts of each flow
 * in every language. Figures to watch, printed as {@code BENCHMARK} lines, never
 * asserted: {@code ./mvnw test -Dtest=MapLayoutBenchmark -Dstepwise.benchmark.layout=20}.
 */
@EnabledIfSystemProperty(named = "stepwise.benchmark.layout", matches = "\\d+")
class MapLayoutBenchmark {

	@Test
	void layoutTimePerFlow() {
		int rounds = Integer.parseInt(System.getProperty("stepwise.benchmark.layout"));
		List<FlowDefinition> flows = List.copyOf(MapFixtures.catalog().flows());
		long started = System.nanoTime();
		MapLayout.layout(FlowGraph.of(flows.getFirst()), MapFixtures.texts(Language.ENGLISH), Set.of());
		System.out.printf("BENCHMARK first layout in a fresh JVM (%s, en): %.0f ms%n", flows.getFirst().id(),
				(System.nanoTime() - started) / 1e6);
		for (FlowDefinition flow : flows) {
			FlowGraph graph = FlowGraph.of(flow);
			List<Double> times = new ArrayList<>();
			for (int round = 0; round < rounds + 1; round++) {
				for (Language language : Language.values()) {
					long start = System.nanoTime();
					LaidOutMap map = MapLayout.layout(graph, MapFixtures.texts(language), Set.of());
					assertThat(map.nodes()).hasSameSizeAs(graph.nodes());
					if (round > 0) {
						times.add((System.nanoTime() - start) / 1e6);
					}
				}
			}
			double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
			System.out.printf(
					"BENCHMARK layout %s (%d steps, %d answers): median %.1f ms, max %.1f ms over %d layouts%n",
					flow.id(), flow.steps().size(), graph.edges().size(), sorted[sorted.length / 2],
					sorted[sorted.length - 1], sorted.length);
		}
	}

}
