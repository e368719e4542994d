package app.stepwise.tenant.internal;

import app.stepwise.tenant.InvalidTenantSettingsException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints what is wrong with the tenant settings, instead of a trace. */
class InvalidTenantSettingsFailureAnalyzer extends AbstractFailureAnalyzer<InvalidTenantSettingsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidTenantSettingsException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Correct the stepwise.tenants.* settings as listed; the README's section \"Tenant checks\" shows"
						+ " how to register the app and configure it.",
				cause);
	}

}
