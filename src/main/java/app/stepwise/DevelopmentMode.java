package app.stepwise;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Whether the application runs for development. Development conveniences (marked missing
 * texts, the pseudo-locale, demo users) exist only then.
 *
 * <p>
 * Decided by {@code stepwise.development} when set; otherwise by whether Vaadin's
 * development server is on the class path, which the production build leaves out.
 */
@Component
public class DevelopmentMode {

	static final String VAADIN_DEV_SERVER = "com.vaadin.base.devserver.DevModeHandlerManagerImpl";

	private final boolean enabled;

	public DevelopmentMode(Environment environment) {
		this.enabled = environment.getProperty("stepwise.development", Boolean.class,
				ClassUtils.isPresent(VAADIN_DEV_SERVER, DevelopmentMode.class.getClassLoader()));
	}

	public boolean isEnabled() {
		return enabled;
	}

}
