package app.stepwise.security;

import java.util.List;

/**
 * The security settings cannot work: the application refuses to start and lists every
 * problem.
 */
public class InvalidSecuritySettingsException extends RuntimeException {

	private final List<String> problems;

	public InvalidSecuritySettingsException(List<String> problems) {
		super("Stepwise's security settings have " + problems.size() + " problem(s):\n  - "
				+ String.join("\n  - ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

}
