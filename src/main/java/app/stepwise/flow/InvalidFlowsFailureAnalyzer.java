package app.stepwise.flow;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints every flow problem as a list when the application refuses to start, instead of a
 * trace.
 */
class InvalidFlowsFailureAnalyzer extends AbstractFailureAnalyzer<InvalidFlowsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidFlowsException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Correct the flow files under src/main/resources/flows/ and the bundles under i18n/ as listed.", cause);
	}

}
