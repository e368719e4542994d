package app.stepwise.insight;

import app.stepwise.flow.Cloud;
import app.stepwise.i18n.Language;
import org.jspecify.annotations.Nullable;

/**
 * Which runs the insight figures count; an absent part does not filter.
 *
 * @param flowId the flow the runs started in
 * @param language the language the runs were shown in
 * @param cloud the Microsoft cloud of the runs
 * @param tenantId the tenant the runs were about
 */
public record InsightFilter(@Nullable String flowId, @Nullable Language language, @Nullable Cloud cloud,
		@Nullable String tenantId) {

	/** Every run. */
	public static final InsightFilter NONE = new InsightFilter(null, null, null, null);

	public InsightFilter withFlow(@Nullable String flow) {
		return new InsightFilter(flow, language, cloud, tenantId);
	}

	public InsightFilter withLanguage(@Nullable Language value) {
		return new InsightFilter(flowId, value, cloud, tenantId);
	}

	public InsightFilter withCloud(@Nullable Cloud value) {
		return new InsightFilter(flowId, language, value, tenantId);
	}

	public InsightFilter withTenant(@Nullable String tenant) {
		return new InsightFilter(flowId, language, cloud, tenant);
	}

}
