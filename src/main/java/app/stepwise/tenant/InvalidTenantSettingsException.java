package app.stepwise.tenant;

import java.util.List;

/**
 * The tenant settings cannot work: the application refuses to start and lists every
 * problem. No message contains a secret.
 */
public class InvalidTenantSettingsException extends RuntimeException {

	private final List<String> problems;

	public InvalidTenantSettingsException(List<String> problems) {
		super("Stepwise's tenant settings have " + problems.size() + " problem(s):\n  - "
				+ String.join("\n  - ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

}
