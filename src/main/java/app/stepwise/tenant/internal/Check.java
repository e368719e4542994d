package app.stepwise.tenant.internal;

import app.stepwise.flow.Cloud;
import app.stepwise.flow.TenantCheck;
import app.stepwise.tenant.Finding;
import app.stepwise.tenant.Suggestion;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The implementation of one {@link TenantCheck}: which application permission it needs,
 * which licence, in which clouds Microsoft offers its data, and what it makes of Graph's
 * answers. A check only reads, through {@link GraphClient}; it returns facts as message
 * keys, never text, and no more personal data than the step needs.
 */
interface Check {

	TenantCheck name();

	/** The Microsoft Graph application permission the check needs. */
	String permission();

	/** The licence the data needs, e.g. {@code Microsoft Entra ID P1}; null if none. */
	default @Nullable String licence() {
		return null;
	}

	/** Whether Microsoft offers the data in the cloud. */
	default boolean availableIn(Cloud cloud) {
		return true;
	}

	/**
	 * Reads and judges.
	 * @param user the user, for checks that concern one; null for service health
	 */
	Outcome run(GraphClient graph, @Nullable GraphUser user) throws GraphFailure;

	/**
	 * What a check found: a headline, the facts in order, and the signals. The headline
	 * is shown above the facts, so it is not one of them again.
	 */
	record Outcome(Finding headline, List<Finding> facts, List<Suggestion> suggestions) {

		public Outcome {
			facts = facts.stream().filter(fact -> !fact.equals(headline)).toList();
			suggestions = List.copyOf(suggestions);
		}

	}

}
