package app.stepwise.insight;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code stepwise.insight.*}.
 *
 * @param staleAfter how old a step's {@code source-date} may be before the step is due to
 * be checked again against Microsoft's documentation: {@code 12m}, {@code 1y},
 * {@code P18M}, {@code 90d}
 */
@ConfigurationProperties("stepwise.insight")
record InsightProperties(@DefaultValue("12m") Period staleAfter) {

	InsightProperties {
		if (staleAfter.isNegative() || staleAfter.isZero()) {
			throw new IllegalArgumentException(
					"stepwise.insight.stale-after must be longer than zero, not " + staleAfter);
		}
	}

}
