package app.stepwise.insight.map;

import app.stepwise.flow.FlowMessageKeys;
import app.stepwise.flow.ActionStep;
import app.stepwise.flow.Answer;
import app.stepwise.flow.Condition;
import app.stepwise.flow.FlowDefinition;
import app.stepwise.flow.OutcomeKind;
import app.stepwise.flow.OutcomeStep;
import app.stepwise.flow.QuestionStep;
import app.stepwise.flow.Step;
import app.stepwise.flow.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A flow as a graph: one node per step, one node per other flow it leads into, and one
 * edge per answer, carrying the conditions that must hold for the answer to be offered.
 * Holds message keys and ids only; texts come in when the graph is drawn.
 *
 * @param flowId the flow drawn
 * @param nodes steps in the order of the flow file, then the other flows in the order
 * they are first led into
 * @param edges every answer of every step, in order
 */
public record FlowGraph(String flowId, List<Node> nodes, List<Edge> edges) {

	/** What a node stands for; each kind is drawn differently. */
	public enum Kind {

		QUESTION, ACTION, RESOLVED, ESCALATE,
		/** The start of another flow, where the run continues. */
		OTHER_FLOW

	}

	/**
	 * A step of the flow, or another flow.
	 *
	 * @param id the step id, or {@code flow:<flow-id>} for another flow (step ids hold no
	 * colon)
	 * @param flowId the flow of the step, or the other flow
	 * @param stepId the step, or empty for another flow
	 */
	public record Node(String id, Kind kind, String flowId, String stepId, String titleKey) {

		public boolean isStep() {
			return kind != Kind.OTHER_FLOW;
		}

	}

	/**
	 * One answer of a step.
	 *
	 * @param from the id of the step's node
	 * @param to the id of the node the answer leads to
	 * @param conditions every condition that must hold for the answer to be offered;
	 * empty for always
	 */
	public record Edge(String from, String answerId, String labelKey, String to, List<Condition> conditions) {

		public Edge {
			conditions = List.copyOf(conditions);
		}

		/** Unique in the graph: a step's answers have distinct ids. */
		public String id() {
			return from + "/" + answerId;
		}

	}

	public FlowGraph {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}

	/** The graph of a flow. */
	public static FlowGraph of(FlowDefinition flow) {
		Map<String, Node> nodes = new LinkedHashMap<>();
		for (Step step : flow.steps()) {
			nodes.put(step.id(), new Node(step.id(), kindOf(step), flow.id(), step.id(), step.titleKey()));
		}
		List<Edge> edges = new ArrayList<>();
		for (Step step : flow.steps()) {
			for (Answer answer : step.answers()) {
				String to = nodeFor(flow, answer.target(), nodes);
				edges.add(new Edge(step.id(), answer.id(), answer.labelKey(), to, answer.when().all()));
			}
		}
		return new FlowGraph(flow.id(), new ArrayList<>(nodes.values()), edges);
	}

	private static String nodeFor(FlowDefinition flow, Target target, Map<String, Node> nodes) {
		if (target.flowId().equals(flow.id())) {
			return target.startOfFlow() ? flow.startStepId() : target.stepId();
		}
		String id = "flow:" + target.flowId();
		nodes.computeIfAbsent(id,
				k -> new Node(k, Kind.OTHER_FLOW, target.flowId(), "", FlowMessageKeys.flowTitle(target.flowId())));
		return id;
	}

	/** The kind of node a step is drawn as. */
	public static Kind kindOf(Step step) {
		return switch (step) {
			case QuestionStep q -> Kind.QUESTION;
			case ActionStep a -> Kind.ACTION;
			case OutcomeStep o -> o.kind() == OutcomeKind.RESOLVED ? Kind.RESOLVED : Kind.ESCALATE;
		};
	}

	public Optional<Node> node(String id) {
		return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
	}

	/** The answers leaving a node, in order. */
	public List<Edge> edgesFrom(String nodeId) {
		return edges.stream().filter(e -> e.from().equals(nodeId)).toList();
	}

}
