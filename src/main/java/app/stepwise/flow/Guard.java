package app.stepwise.flow;

import java.util.List;

/**
 * The {@code when:} of a flow element: every listed condition must hold; none means
 * always.
 */
public record Guard(List<Condition> all) {

	public static final Guard ALWAYS = new Guard(List.of());

	public Guard {
		all = List.copyOf(all);
	}

	public boolean admits(RunContext context) {
		return all.stream().allMatch(c -> c.holds(context));
	}
}
