package app.stepwise.flow;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Something for the person to do, as ordered instructions with links, then a check of
 * whether it helped (or simply "done" when the action is one step of a longer procedure).
 */
public record ActionStep(String flowId, String id, LocalDate sourceDate, List<Instruction> instructions,
		@Nullable Wait waitTime, List<Answer> answers, List<TenantCheck> checks) implements Step {

	public ActionStep {
		instructions = List.copyOf(instructions);
		answers = List.copyOf(answers);
		checks = List.copyOf(checks);
	}

	public List<Instruction> instructionsFor(RunContext context) {
		return instructions.stream().filter(i -> i.when().admits(context)).toList();
	}

	public Optional<Wait> expectedWait() {
		return Optional.ofNullable(waitTime);
	}

	/** Whether the step asks "did that solve it?" rather than offering a plain "done". */
	public boolean asksIfSolved() {
		return answers.stream().anyMatch(a -> a.id().equals(ActionStep.SOLVED));
	}

	/** Answer id of "yes, that solved it". */
	public static final String SOLVED = "solved";

	/** Answer id of "no, it did not". */
	public static final String NOT_SOLVED = "not-solved";

	/** Answer id of "done, next step". */
	public static final String DONE = "done";

}
