package app.stepwise;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says why a production build refuses development mode, instead of a trace. */
class DevelopmentModeFailureAnalyzer extends AbstractFailureAnalyzer<DevelopmentMode.Unavailable> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DevelopmentMode.Unavailable cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Remove " + DevelopmentMode.PROPERTY
						+ "=true. To try Stepwise with the demo users, run it in development (./mvnw spring-boot:run).",
				cause);
	}

}
