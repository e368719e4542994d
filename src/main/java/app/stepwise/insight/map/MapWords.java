package app.stepwise.insight.map;

import app.stepwise.flow.Condition;

/** The message keys that name the parts of a map. */
public final class MapWords {

	private MapWords() {
	}

	/** What a kind of node is called, as its marker on the map and in lists. */
	public static String kindKey(FlowGraph.Kind kind) {
		return switch (kind) {
			case QUESTION -> "ui.flow-map.kind.question";
			case ACTION -> "ui.flow-map.kind.action";
			case RESOLVED -> "ui.flow-map.kind.resolved";
			case ESCALATE -> "ui.flow-map.kind.escalate";
			case OTHER_FLOW -> "ui.flow-map.kind.other-flow";
		};
	}

	/** The name of a condition an answer depends on. */
	public static String conditionKey(Condition condition) {
		return switch (condition) {
			case CLOUD_WORLDWIDE -> "ui.flow-map.condition.cloud-worldwide";
			case CLOUD_GERMANY -> "ui.flow-map.condition.cloud-germany";
			case CLOUD_21VIANET -> "ui.flow-map.condition.cloud-21vianet";
			case OPERATOR_CAN_SIGN_IN -> "ui.flow-map.condition.operator-can-sign-in";
			case OPERATOR_CANNOT_SIGN_IN -> "ui.flow-map.condition.operator-cannot-sign-in";
		};
	}

	/**
	 * The line that counts the runs that ended at a step: left there, or reached as an
	 * outcome.
	 */
	public static String endedKey(FlowGraph.Kind kind) {
		return switch (kind) {
			case QUESTION, ACTION -> "ui.flow-map.node.left";
			case RESOLVED, ESCALATE -> "ui.flow-map.node.ended";
			case OTHER_FLOW -> throw new IllegalArgumentException("Runs end at steps, not at another flow");
		};
	}

}
