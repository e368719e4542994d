package app.stepwise.flow;

import java.time.LocalDate;
import java.util.List;

/**
 * The end of a run: resolved, or escalate to people. It may carry instructions of its
 * own.
 */
public record OutcomeStep(String flowId, String id, LocalDate sourceDate, OutcomeKind kind,
		List<Instruction> instructions, List<TenantCheck> checks) implements Step {

	public OutcomeStep {
		instructions = List.copyOf(instructions);
		checks = List.copyOf(checks);
	}

	@Override
	public List<Answer> answers() {
		return List.of();
	}

	public List<Instruction> instructionsFor(RunContext context) {
		return instructions.stream().filter(i -> i.when().admits(context)).toList();
	}
}
