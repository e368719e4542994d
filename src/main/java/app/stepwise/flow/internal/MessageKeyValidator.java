package app.stepwise.flow.internal;

import app.stepwise.flow.FlowDefinition;
import app.stepwise.flow.FlowMessageKeys;
import app.stepwise.flow.FlowProblem.Kind;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks that every message a flow shows exists in every language bundle. */
final class MessageKeyValidator {

	private final Map<String, Set<String>> keysByBundle;

	/**
	 * @param keysByBundle the keys of each bundle, by the bundle's file name
	 */
	MessageKeyValidator(Map<String, Set<String>> keysByBundle) {
		this.keysByBundle = keysByBundle;
	}

	void validate(FlowDefinition flow, Problems problems) {
		FlowMessageKeys.of(flow).forEach((key, stepId) -> {
			List<String> missingIn = keysByBundle.entrySet()
				.stream()
				.filter(e -> !e.getValue().contains(key))
				.map(Map.Entry::getKey)
				.sorted()
				.toList();
			if (!missingIn.isEmpty()) {
				problems.add(flow.source(), stepId, Kind.MISSING_MESSAGE,
						"Message '" + key + "' is missing in " + String.join(", ", missingIn) + ".",
						"Add '" + key + "' to "
								+ String.join(" and ", missingIn.stream().map(b -> "i18n/" + b).toList()) + ".");
			}
		});
	}

}
