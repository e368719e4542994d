package app.stepwise.wizard;

import app.stepwise.flow.FlowRun;
import java.util.UUID;

/**
 * A run together with the id that follows it from the first step to its record and to a
 * support request, so that filing twice for the same run gives one request.
 */
public record ActiveRun(UUID id, FlowRun run) {

	public ActiveRun withRun(FlowRun next) {
		return new ActiveRun(id, next);
	}
}
