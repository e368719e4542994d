package app.stepwise.flow;

/**
 * Where an answer leads: a step of the same flow, or the start of another flow (written
 * {@code flow:<flow-id>} in a flow file), which continues the same run.
 */
public record Target(String flowId, String stepId, boolean startOfFlow) {

	public static Target step(String flowId, String stepId) {
		return new Target(flowId, stepId, false);
	}

	public static Target flowStart(String flowId) {
		return new Target(flowId, "", true);
	}

	@Override
	public String toString() {
		return startOfFlow ? "flow:" + flowId : flowId + "/" + stepId;
	}
}
