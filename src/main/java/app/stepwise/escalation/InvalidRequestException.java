package app.stepwise.escalation;

import java.util.List;

/** A request was refused because of its input; nothing was stored. */
public class InvalidRequestException extends RuntimeException {

	private final transient List<InputProblem> problems;

	public InvalidRequestException(List<InputProblem> problems) {
		super("Invalid support request: " + problems.stream().map(p -> p.field() + " " + p.messageKey()).toList());
		this.problems = List.copyOf(problems);
	}

	public List<InputProblem> problems() {
		return problems;
	}

}
