package app.stepwise.flow.internal;

import app.stepwise.flow.Condition;
import app.stepwise.flow.FlowProblem.Kind;
import app.stepwise.flow.Guard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads {@code when:} fields: one condition name or a list of them, all of which must
 * hold.
 */
final class Guards {

	private Guards() {
	}

	static Guard read(Fields fields) {
		List<Condition> conditions = new ArrayList<>();
		for (Object name : fields.list("when")) {
			Optional<Condition> condition = Condition.byId(String.valueOf(name));
			if (condition.isPresent()) {
				conditions.add(condition.get());
			}
			else {
				fields.problem(Kind.UNKNOWN_CONDITION, "Unknown condition '" + name + "'.",
						"Use one of: " + known() + ", or add the condition to " + Condition.class.getName() + ".");
			}
		}
		return conditions.isEmpty() ? Guard.ALWAYS : new Guard(conditions);
	}

	static String known() {
		return Arrays.stream(Condition.values()).map(Condition::id).collect(Collectors.joining(", "));
	}

}
