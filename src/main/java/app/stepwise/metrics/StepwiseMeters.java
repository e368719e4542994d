package app.stepwise.metrics;

/**
 * The names of Stepwise's meters, as Micrometer knows them; Prometheus writes dots as
 * underscores and adds {@code _total} to counters (see the README, "Metrics").
 *
 * <ul>
 * <li>{@value #RUNS_STARTED} (counter; tag {@code flow}): runs begun at an entry point or
 * started over.</li>
 * <li>{@value #RUNS_ENDED} (counter; tags {@code flow}, {@code outcome} = resolved,
 * escalated or abandoned): runs that reached an outcome or were left. A run changed after
 * its outcome may end again, and counts again.</li>
 * <li>{@value #REQUESTS_FILED} (counter): support requests filed.</li>
 * <li>{@value #SIGN_IN_FAILURES} (counter): failed sign-ins, refusals during a lockout
 * included.</li>
 * <li>{@value #SIGN_IN_LOCKOUTS} (counter): user names locked after too many
 * failures.</li>
 * <li>{@value #NOTIFICATIONS} (gauge; tags {@code channel} = mail or webhook,
 * {@code state} = pending, failed or given-up): read from the database, so the same on
 * every server; take the maximum across servers, not the sum.</li>
 * <li>{@value #TENANT_CHECKS} (counter; tags {@code check} = the check's name in flow
 * files, {@code result} = ok, not-permitted, needs-licence, not-found, not-in-cloud or
 * could-not-run): checks read from a connected tenant; results kept for a minute and
 * shown again are not counted again.</li>
 * </ul>
 *
 * Counters are per server (Prometheus adds them up across servers).
 */
public final class StepwiseMeters {

	public static final String RUNS_STARTED = "stepwise.runs.started";

	public static final String RUNS_ENDED = "stepwise.runs.ended";

	public static final String REQUESTS_FILED = "stepwise.requests.filed";

	public static final String SIGN_IN_FAILURES = "stepwise.sign.in.failures";

	public static final String SIGN_IN_LOCKOUTS = "stepwise.sign.in.lockouts";

	public static final String NOTIFICATIONS = "stepwise.notifications";

	public static final String TENANT_CHECKS = "stepwise.tenant.checks";

	private StepwiseMeters() {
	}

}
