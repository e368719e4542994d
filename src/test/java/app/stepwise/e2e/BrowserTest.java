package app.stepwise.e2e;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base for tests in a real browser against the whole application on a random port, in
 * development mode: tests start signed in as the demo user {@code admin}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vaadin.devmode.devTools.enabled=false", "vaadin.launch-browser=false" })
public abstract class BrowserTest extends ChromiumPage {

	@LocalServerPort
	private int port;

	/**
	 * The demo user every test starts signed in as (its password is its name); null to
	 * start signed out. Demo users exist because the tests run in development mode.
	 */
	@Override
	protected @Nullable String user() {
		return "admin";
	}

	@Override
	protected String url(String path) {
		return "http://localhost:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path);
	}

}
