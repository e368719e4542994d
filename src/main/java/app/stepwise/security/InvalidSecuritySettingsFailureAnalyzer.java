package app.stepwise.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints what is wrong with the security settings, instead of a trace. */
class InvalidSecuritySettingsFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSecuritySettingsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidSecuritySettingsException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Correct the stepwise.security.* settings as listed; the README's section on sign-in shows examples.",
				cause);
	}

}
