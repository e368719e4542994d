package app.stepwise.flow;

import java.time.LocalDate;
import java.util.List;

/** A question: pick one of its answers. */
public record QuestionStep(String flowId, String id, LocalDate sourceDate, List<Answer> answers,
		List<TenantCheck> checks) implements Step {

	public QuestionStep {
		answers = List.copyOf(answers);
		checks = List.copyOf(checks);
	}
}
