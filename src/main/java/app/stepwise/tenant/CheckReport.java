package app.stepwise.tenant;

import app.stepwise.flow.Answer;
import app.stepwise.flow.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The results of the checks of one step for one user of one tenant, in the order asked.
 *
 * @param tenant the tenant read
 * @param user the user principal name checked, as given (empty for checks that concern no
 * user)
 */
public record CheckReport(Tenant tenant, String user, List<CheckResult> results) {

	public CheckReport {
		results = List.copyOf(results);
	}

	/**
	 * The answers of the step that the results suggest, in the order of the step's
	 * answers: each answer whose {@code suggested-by} names a signal found, with that
	 * signal's evidence (the first, when several were found).
	 */
	public List<SuggestedAnswer> suggestionsFor(Step step) {
		List<SuggestedAnswer> suggested = new ArrayList<>();
		for (Answer answer : step.answers()) {
			firstSuggesting(answer).ifPresent(suggested::add);
		}
		return suggested;
	}

	private Optional<SuggestedAnswer> firstSuggesting(Answer answer) {
		for (var signal : answer.suggestedBy()) {
			for (CheckResult result : results) {
				for (Suggestion suggestion : result.suggestions()) {
					if (suggestion.signal() == signal) {
						return Optional
							.of(new SuggestedAnswer(answer.id(), signal, suggestion.evidence(), result.readAt()));
					}
				}
			}
		}
		return Optional.empty();
	}

}
