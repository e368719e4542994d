package app.stepwise.runs.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code stepwise.runs.*}.
 *
 * @param abandonAfter how long an open run may go without activity before it counts as
 * abandoned at its step. Three days by default: longer than the longest wait Microsoft
 * gives for a change to apply (24 hours) with a weekend on top, so that a run left at a
 * wait on Friday is still open on Monday morning
 * @param keepFinished how long a finished run is kept as the person's run (in "My runs",
 * with whom it was about and what checks showed); after that these are erased and only
 * what figures are made of stays. Thirty days by default: a support request keeps its own
 * copy of what support needs, so a finished run is rarely looked at after that
 * @param upkeepInterval how often one server looks for idle and old runs
 */
@ConfigurationProperties("stepwise.runs")
public record RunsProperties(@DefaultValue("72h") Duration abandonAfter, @DefaultValue("30d") Duration keepFinished,
		@DefaultValue("10m") Duration upkeepInterval) {

	public RunsProperties {
		requirePositive("abandon-after", abandonAfter);
		requirePositive("keep-finished", keepFinished);
		requirePositive("upkeep-interval", upkeepInterval);
	}

	private static void requirePositive(String name, Duration value) {
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("stepwise.runs." + name + " must be longer than zero, not " + value);
		}
	}

}
