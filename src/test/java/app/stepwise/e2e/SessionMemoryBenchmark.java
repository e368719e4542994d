package app.stepwise.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How much server memory one signed-in person costs. Drives a Stepwise running in its own
 * process (so that the browser's client objects are not counted), opens many sessions at
 * the heaviest screen (an escalate outcome with its transcript and request form) and
 * compares the server's heap after a full collection before and after. A figure to
 * report, not an assertion; see the README for the command.
 */
@EnabledIfSystemProperty(named = "stepwise.benchmark.url", matches = ".+")
class SessionMemoryBenchmark extends BrowserTest {

	private static final Logger log = LoggerFactory.getLogger(SessionMemoryBenchmark.class);

	private static final String HEAVIEST = "flow/unlock-account/escalate?path=cannot-sign-in.not-solved.not-solved.no-signs";

	private static final Pattern USED = Pattern.compile("used (\\d+)K");

	private final String server = System.getProperty("stepwise.benchmark.url").replaceAll("/+$", "") + "/";

	private final String pid = System.getProperty("stepwise.benchmark.pid", "");

	private final String user = System.getProperty("stepwise.benchmark.user", "admin");

	private final String password = System.getProperty("stepwise.benchmark.password", "admin");

	private final int sessions = Integer.getInteger("stepwise.benchmark.sessions", 40);

	@Override
	protected @Nullable String user() {
		return null;
	}

	@Override
	protected String url(String path) {
		return server + (path.startsWith("/") ? path.substring(1) : path);
	}

	@Test
	void memoryPerSession() throws Exception {
		List<BrowserContext> open = new ArrayList<>();
		// One session first, so that what is loaded once (classes, caches) is in the
		// baseline.
		open.add(openSession());
		long before = serverHeapAfterCollection();
		for (int i = 1; i <= sessions; i++) {
			open.add(openSession());
		}
		long after = serverHeapAfterCollection();
		log.info("BENCHMARK {} sessions at the escalate outcome: server heap {} KB -> {} KB, {} KB per session",
				sessions, before, after, (after - before) / sessions);
		open.forEach(BrowserContext::close);
	}

	private BrowserContext openSession() {
		BrowserContext session = Chromium.browser().newContext(contextOptions());
		Page previous = page;
		page = session.newPage();
		signIn(user, password);
		open(HEAVIEST);
		PlaywrightAssertions.assertThat(byId("request-form")).isVisible();
		page = previous;
		return session;
	}

	/** The server's used heap in KB after a full collection: the median of three. */
	private long serverHeapAfterCollection() throws Exception {
		long[] samples = new long[3];
		for (int i = 0; i < samples.length; i++) {
			jcmd("GC.run");
			Thread.sleep(500);
			Matcher used = USED.matcher(jcmd("GC.heap_info"));
			if (!used.find()) {
				throw new IllegalStateException("No heap figure from jcmd " + pid);
			}
			samples[i] = Long.parseLong(used.group(1));
		}
		Arrays.sort(samples);
		return samples[1];
	}

	private String jcmd(String command) throws Exception {
		Process process = new ProcessBuilder(
				ProcessHandle.current().info().command().orElse("java").replaceAll("java$", "jcmd"), pid, command)
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes());
		process.waitFor();
		return output;
	}

}
