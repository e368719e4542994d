package app.stepwise.tenant.dev;

import app.stepwise.DevelopmentMode;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether the demo tenant's beans exist: in development mode, unless
 * {@code stepwise.tenants.demo=false}. In production mode they never exist, so the fake
 * Graph's addresses are not even registered; asking for the demo tenant there stops the
 * application (see {@code ConfiguredTenants}).
 */
class DemoTenantCondition implements Condition {

	/** The setting that switches the demo tenant on or off. */
	static final String PROPERTY = "stepwise.tenants.demo";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		boolean development = new DevelopmentMode(context.getEnvironment()).isEnabled();
		Boolean wanted = context.getEnvironment().getProperty(PROPERTY, Boolean.class);
		return development && (wanted == null || wanted);
	}

}
