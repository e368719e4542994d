package app.stepwise.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One headless Chromium for the whole test run, started on first use and closed when the
 * JVM ends. Playwright never downloads a browser: it drives the system's Chromium.
 */
final class Chromium {

	/** Where Debian installs Chromium; {@code stepwise.chromium} overrides it. */
	static final Path EXECUTABLE = Path.of(System.getProperty("stepwise.chromium", "/usr/bin/chromium"));

	/**
	 * With {@code STEPWISE_BROWSER_TESTS=required} (as CI sets it) a missing Chromium
	 * fails the browser tests; otherwise they are skipped with a notice, so that the
	 * tests run anywhere.
	 */
	static final boolean REQUIRED = "required".equalsIgnoreCase(System.getenv("STEPWISE_BROWSER_TESTS"));

	private static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	private static @Nullable Browser browser;

	private Chromium() {
	}

	static boolean installed() {
		return Files.isExecutable(EXECUTABLE);
	}

	static synchronized Browser browser() {
		if (browser == null) {
			Playwright playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			Browser started = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
					.setHeadless(true)
					.setArgs(ARGUMENTS));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				started.close();
				playwright.close();
			}));
			browser = started;
		}
		return browser;
	}

}
