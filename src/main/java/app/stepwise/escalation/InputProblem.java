package app.stepwise.escalation;

import java.util.Map;

/**
 * Something wrong with one field of a request, as a message key and its named arguments,
 * so that every reader gets it in their own language.
 */
public record InputProblem(RequestField field, String messageKey, Map<String, Object> arguments) {

	public InputProblem {
		arguments = Map.copyOf(arguments);
	}

}
