package app.stepwise.tenant;

import app.stepwise.flow.TenantCheck;
import java.time.Instant;
import java.util.List;

/**
 * What one check found.
 *
 * @param check the check
 * @param status how it went
 * @param note for any status but {@link CheckStatus#OK}, what to do about it (which
 * permission to grant, which licence is missing, that it could not run and why); for OK
 * the check's headline
 * @param facts what the tenant says, in order, when the status is OK
 * @param suggestions the signals found, with their evidence
 * @param readAt when it was read from the tenant
 */
public record CheckResult(TenantCheck check, CheckStatus status, Finding note, List<Finding> facts,
		List<Suggestion> suggestions, Instant readAt) {

	public CheckResult {
		facts = List.copyOf(facts);
		suggestions = List.copyOf(suggestions);
	}

	/**
	 * Whether the result is worth keeping for a while (anything but a failure to run).
	 */
	public boolean lasting() {
		return status != CheckStatus.COULD_NOT_RUN;
	}

}
