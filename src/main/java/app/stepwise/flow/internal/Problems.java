package app.stepwise.flow.internal;

import app.stepwise.flow.FlowProblem;
import app.stepwise.flow.FlowProblem.Kind;
import java.util.ArrayList;
import java.util.List;

/** Collects problems while reading and checking; nothing stops at the first one. */
final class Problems {

	private final List<FlowProblem> found = new ArrayList<>();

	void add(String file, String stepId, Kind kind, String message, String fix) {
		found.add(new FlowProblem(file, stepId, kind, message, fix));
	}

	List<FlowProblem> all() {
		return List.copyOf(found);
	}

	boolean isEmpty() {
		return found.isEmpty();
	}

}
