package app.stepwise.flow.internal;

import app.stepwise.flow.Answer;
import app.stepwise.flow.CheckSignal;
import app.stepwise.flow.FlowProblem.Kind;
import app.stepwise.flow.TenantCheck;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the tenant checks a step runs ({@code checks:}) and the signals that suggest an
 * answer ({@code suggested-by:}), both names known to the flow model, and checks that
 * they fit together: a signal can only suggest an answer if the step runs its check, and
 * only one answer of a step per signal.
 */
final class CheckNames {

	static final String CHECKS = "checks";

	static final String SUGGESTED_BY = "suggested-by";

	private CheckNames() {
	}

	/** The signals named in an answer's {@code suggested-by}. */
	static List<CheckSignal> signals(Fields answer) {
		Set<CheckSignal> signals = new LinkedHashSet<>();
		for (Object name : answer.list(SUGGESTED_BY)) {
			Optional<CheckSignal> signal = CheckSignal.byId(String.valueOf(name));
			if (signal.isEmpty()) {
				answer.problem(Kind.UNKNOWN_CHECK, "Unknown signal '" + name + "' in 'suggested-by'.",
						"Use one of: " + CheckSignal.known() + ", or add the signal to " + CheckSignal.class.getName()
								+ " and implement it in its check.");
			}
			else if (!signals.add(signal.get())) {
				answer.malformed("Signal '" + name + "' is named twice in 'suggested-by'.", "Name it once.");
			}
		}
		return List.copyOf(signals);
	}

	/**
	 * The checks named in the step's {@code checks}, after checking that every signal its
	 * answers name comes from one of them and suggests only one answer.
	 */
	static List<TenantCheck> checks(Fields step, List<Answer> answers) {
		Set<TenantCheck> checks = new LinkedHashSet<>();
		for (Object name : step.list(CHECKS)) {
			Optional<TenantCheck> check = TenantCheck.byId(String.valueOf(name));
			if (check.isEmpty()) {
				step.problem(Kind.UNKNOWN_CHECK, "Unknown check '" + name + "'.",
						"Use one of: " + TenantCheck.known() + ", or add the check to " + TenantCheck.class.getName()
								+ " and implement it in the tenant feature.");
			}
			else if (!checks.add(check.get())) {
				step.problem(Kind.DUPLICATE_ID, "Check '" + name + "' is listed twice.", "List each check once.");
			}
		}
		Map<CheckSignal, String> suggesting = new EnumMap<>(CheckSignal.class);
		for (Answer answer : answers) {
			for (CheckSignal signal : answer.suggestedBy()) {
				if (!checks.contains(signal.check())) {
					step.problem(Kind.UNKNOWN_CHECK,
							"Answer '" + answer.id() + "' is suggested by '" + signal.id()
									+ "', but the step does not run the check '" + signal.check().id() + "'.",
							"Add '" + signal.check().id() + "' to the step's 'checks', or remove the signal.");
				}
				String other = suggesting.putIfAbsent(signal, answer.id());
				if (other != null) {
					step.problem(Kind.DUPLICATE_ID,
							"Signal '" + signal.id() + "' suggests both '" + other + "' and '" + answer.id() + "'.",
							"Let each signal suggest one answer of the step.");
				}
			}
		}
		return new ArrayList<>(checks);
	}

}
