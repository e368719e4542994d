package app.stepwise;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Whether the application runs for development. Development conveniences (marked missing
 * texts, the pseudo-locale, demo users) exist only then.
 *
 * <p>
 * On when Vaadin's development server is on the class path, which the production build
 * leaves out. {@code stepwise.development=false} switches it off anywhere (tests use it
 * to see Stepwise as production runs it); {@code true} cannot switch it on in a
 * production build: the application refuses to start, since development mode would bring
 * the demo users, whose passwords everybody knows.
 */
@Component
public class DevelopmentMode {

	static final String PROPERTY = "stepwise.development";

	static final String VAADIN_DEV_SERVER = "com.vaadin.base.devserver.DevModeHandlerManagerImpl";

	private final boolean enabled;

	@Autowired
	public DevelopmentMode(Environment environment) {
		this(environment, ClassUtils.isPresent(VAADIN_DEV_SERVER, DevelopmentMode.class.getClassLoader()));
	}

	DevelopmentMode(Environment environment, boolean developmentServerPresent) {
		Boolean wanted = environment.getProperty(PROPERTY, Boolean.class);
		if (Boolean.TRUE.equals(wanted) && !developmentServerPresent) {
			throw new Unavailable();
		}
		this.enabled = wanted == null ? developmentServerPresent : wanted;
	}

	public boolean isEnabled() {
		return enabled;
	}

	/** Development mode was asked for in a production build. */
	static final class Unavailable extends RuntimeException {

		Unavailable() {
			super(PROPERTY + "=true, but this is a production build (without Vaadin's development server)."
					+ " Development mode would bring the demo users, whose passwords everybody knows.");
		}

	}

}
