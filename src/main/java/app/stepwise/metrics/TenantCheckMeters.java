package app.stepwise.metrics;

import app.stepwise.tenant.CheckStatus;
import app.stepwise.tenant.TenantChecked;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts the checks read from tenants, by check and by how they went: how much Stepwise
 * asks of Microsoft, and how often a permission, a licence or Microsoft itself was in the
 * way. Results kept for a minute and shown again are not counted again.
 */
@Component
class TenantCheckMeters {

	private final MeterRegistry registry;

	TenantCheckMeters(MeterRegistry registry) {
		this.registry = registry;
	}

	@EventListener
	void checked(TenantChecked checked) {
		Counter.builder(StepwiseMeters.TENANT_CHECKS)
			.description("Checks read from a connected tenant")
			.tag("check", checked.check().id())
			.tag("result", result(checked.status()))
			.register(registry)
			.increment();
	}

	/**
	 * The status as a tag value: {@code ok}, {@code not-permitted},
	 * {@code could-not-run}…
	 */
	static String result(CheckStatus status) {
		return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
