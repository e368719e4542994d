package app.stepwise.insight.map;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.flow.ActionStep;
import app.stepwise.flow.Answer;
import app.stepwise.flow.Condition;
import app.stepwise.flow.EntryPoint;
import app.stepwise.flow.FlowDefinition;
import app.stepwise.flow.Guard;
import app.stepwise.flow.Instruction;
import app.stepwise.flow.OutcomeKind;
import app.stepwise.flow.OutcomeStep;
import app.stepwise.flow.QuestionStep;
import app.stepwise.flow.Step;
import app.stepwise.flow.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The graph a map is drawn from, built from a flow definition. */
class FlowGraphTest {

	private static final LocalDate CHECKED = LocalDate.of(2026, 11, 21);

	static List<FlowDefinition> shippedFlows() {
		return List.copyOf(MapFixtures.catalog().flows());
	}

	@ParameterizedTest
	@MethodSource("shippedFlows")
	void everyStepIsANodeAndEveryAnswerAnEdgeFromItsStep(FlowDefinition flow) {
		FlowGraph graph = FlowGraph.of(flow);

		for (Step step : flow.steps()) {
			assertThat(graph.node(step.id())).hasValueSatisfying(node -> {
				assertThat(node.kind()).isEqualTo(FlowGraph.kindOf(step));
				assertThat(node.titleKey()).isEqualTo(step.titleKey());
			});
			assertThat(graph.edgesFrom(step.id())).extracting(FlowGraph.Edge::answerId)
				.containsExactlyElementsOf(step.answers().stream().map(Answer::id).toList());
		}
		assertThat(graph.edges()).hasSize(flow.steps().stream().mapToInt(s -> s.answers().size()).sum())
			.allSatisfy(edge -> assertThat(graph.node(edge.to())).isPresent());
	}

	@Test
	void anAnswerIntoAnotherFlowLeadsToOneNodeForThatFlow() {
		FlowGraph graph = FlowGraph.of(MapFixtures.catalog().get("unlock-account"));

		assertThat(graph.nodes()).filteredOn(n -> !n.isStep()).singleElement().satisfies(node -> {
			assertThat(node.id()).isEqualTo("flow:compromise-response");
			assertThat(node.kind()).isEqualTo(FlowGraph.Kind.OTHER_FLOW);
			assertThat(node.flowId()).isEqualTo("compromise-response");
			assertThat(node.titleKey()).isEqualTo("flow.compromise-response.title");
		});
		assertThat(graph.edges()).filteredOn(e -> e.to().equals("flow:compromise-response"))
			.extracting(FlowGraph.Edge::id)
			.containsExactly("secure-first/not-yet", "signs-of-compromise/found-signs");
	}

	@Test
	void conditionsTravelWithTheAnswersTheyGuardAndKindsFollowTheSteps() {
		Answer germanyOnly = new Answer("german-portal", "flow.t.ask.answer.german-portal", Target.step("t", "act"),
				Map.of(), new Guard(List.of(Condition.CLOUD_GERMANY, Condition.OPERATOR_CAN_SIGN_IN)), List.of());
		Answer always = new Answer("elsewhere", "flow.t.ask.answer.elsewhere", Target.flowStart("other"), Map.of(),
				Guard.ALWAYS, List.of());
		Answer restart = new Answer("again", "flow.t.ask.answer.again", Target.flowStart("t"), Map.of(), Guard.ALWAYS,
				List.of());
		Step ask = new QuestionStep("t", "ask", CHECKED, List.of(germanyOnly, always, restart), List.of());
		Step act = new ActionStep("t", "act", CHECKED,
				List.of(new Instruction("do", "flow.t.act.instruction.do", null, Guard.ALWAYS)), null,
				List.of(new Answer("solved", "ui.wizard.answer.solved", Target.step("t", "done"), Map.of(),
						Guard.ALWAYS, List.of())),
				List.of());
		Step done = new OutcomeStep("t", "done", CHECKED, OutcomeKind.ESCALATE, List.of(), List.of());
		FlowDefinition flow = new FlowDefinition("t", 1, 1, "ask", List.of(ask, act, done),
				List.of(new EntryPoint("t", "e", List.of())), "flows/t.yaml");

		FlowGraph graph = FlowGraph.of(flow);

		assertThat(graph.edgesFrom("ask"))
			.extracting(FlowGraph.Edge::id, FlowGraph.Edge::to, FlowGraph.Edge::conditions)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("ask/german-portal", "act",
							List.of(Condition.CLOUD_GERMANY, Condition.OPERATOR_CAN_SIGN_IN)),
					org.assertj.core.groups.Tuple.tuple("ask/elsewhere", "flow:other", List.of()),
					org.assertj.core.groups.Tuple.tuple("ask/again", "ask", List.of()));
		assertThat(graph.nodes()).extracting(FlowGraph.Node::id, FlowGraph.Node::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ask", FlowGraph.Kind.QUESTION),
					org.assertj.core.groups.Tuple.tuple("act", FlowGraph.Kind.ACTION),
					org.assertj.core.groups.Tuple.tuple("done", FlowGraph.Kind.ESCALATE),
					org.assertj.core.groups.Tuple.tuple("flow:other", FlowGraph.Kind.OTHER_FLOW));
	}

}
