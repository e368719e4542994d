package app.stepwise.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Walks every path of every shipped flow, in every cloud. */
class ShippedFlowPathsTest {

	/**
	 * No sensible troubleshooting path is longer; a longer one means a flow went wrong.
	 */
	private static final int MAX_STEPS = 25;

	static Stream<Arguments> flowsAndClouds() {
		return ShippedFlows.catalog()
			.flows()
			.stream()
			.flatMap(f -> Stream.of(Cloud.values()).map(c -> Arguments.of(f.id(), c)));
	}

	@ParameterizedTest(name = "{0} in cloud {1}")
	@MethodSource("flowsAndClouds")
	void everyPathEndsInAnOutcomeWithinABoundedNumberOfSteps(String flowId, Cloud cloud) {
		List<FlowPaths.Path> paths = FlowPaths.enumerate(ShippedFlows.catalog(), flowId, cloud, MAX_STEPS);

		assertThat(paths).isNotEmpty();
		assertThat(paths).allSatisfy(p -> assertThat(p.answers()).hasSizeLessThanOrEqualTo(MAX_STEPS));
		Set<OutcomeKind> kinds = EnumSet.noneOf(OutcomeKind.class);
		paths.forEach(p -> kinds.add(p.end().kind()));
		assertThat(kinds).as("a flow must be able both to resolve and to escalate")
			.containsExactlyInAnyOrder(OutcomeKind.RESOLVED, OutcomeKind.ESCALATE);
	}

	@ParameterizedTest(name = "{0} in cloud {1}")
	@MethodSource("flowsAndClouds")
	void everyPathRecreatesFromItsAddress(String flowId, Cloud cloud) {
		for (FlowPaths.Path path : FlowPaths.enumerate(ShippedFlows.catalog(), flowId, cloud, MAX_STEPS)) {
			FlowRun.Replay replay = FlowRun.replay(ShippedFlows.catalog(), flowId, cloud, path.answers(), i -> null);
			assertThat(replay.complete()).isTrue();
			assertThat(replay.run().current()).isEqualTo(path.end());
		}
	}

	@ParameterizedTest(name = "{0} in cloud {1}")
	@MethodSource("flowsAndClouds")
	void everyStepOfTheFlowIsOnSomePath(String flowId, Cloud cloud) {
		FlowCatalog catalog = ShippedFlows.catalog();
		Set<String> visited = new HashSet<>();
		for (FlowPaths.Path path : FlowPaths.enumerate(catalog, flowId, cloud, MAX_STEPS)) {
			FlowRun run = FlowRun.start(catalog, flowId, cloud);
			visited.add(run.current().flowId() + "/" + run.current().id());
			for (String answer : path.answers()) {
				run = run.answer(answer, null);
				visited.add(run.current().flowId() + "/" + run.current().id());
			}
		}
		assertThat(catalog.get(flowId).steps())
			.allSatisfy(s -> assertThat(visited).contains(s.flowId() + "/" + s.id()));
	}

	@ParameterizedTest(name = "{0} in cloud {1}")
	@MethodSource("flowsAndClouds")
	void everyDidThatSolveItAnsweredNoLeadsOnward(String flowId, Cloud cloud) {
		FlowCatalog catalog = ShippedFlows.catalog();
		for (Step step : catalog.get(flowId).steps()) {
			for (Answer answer : step.answers()) {
				if (answer.id().equals(ActionStep.NOT_SOLVED)) {
					Step next = catalog.resolve(answer.target());
					if (next instanceof OutcomeStep outcome) {
						assertThat(outcome.kind()).as("%s/%s answered 'not solved'", flowId, step.id())
							.isNotEqualTo(OutcomeKind.RESOLVED);
					}
				}
			}
		}
	}

}
