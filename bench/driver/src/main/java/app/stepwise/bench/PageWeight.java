package app.stepwise.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a browser downloads: Debian's Chromium driven by Playwright, with a new profile
 * (empty cache), sending Accept-Encoding as it always does. For each page: requests,
 * bytes transferred (headers and encoded bodies, as on the wire), the JavaScript's part
 * of them, and which content encodings the server used. Stepwise: the sign-in page cold,
 * the start page right after signing in (with what the sign-in page left in the cache),
 * then the flow's first step. The floor: its page cold, then a press of its button.
 */
final class PageWeight {

	record Load(String page, int requests, long bytes, long jsBytes, int jsFiles, String encodings) {
	}

	record Result(List<Load> loads) {
	}

	static final Path CHROMIUM = Path.of(System.getProperty("bench.chromium", "/usr/bin/chromium"));

	private final Context context;

	PageWeight(Context context) {
		this.context = context;
	}

	Result measure(App app) throws Exception {
		if (!Files.isExecutable(CHROMIUM)) {
			throw new IllegalStateException(
					"Page weight needs Chromium at " + CHROMIUM + " (apt-get install chromium)");
		}
		try (Server server = context.start(app, context.workDir(app, "weight"), List.of(),
				List.of("-jar", app.jar().toString()), "weight");
				Playwright playwright = Playwright
					.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
			server.awaitPage(app.firstPage(), context.settings().startTimeoutSeconds());
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
							"--disable-component-update", "--disable-sync", "--no-first-run")));
			BrowserContext browserContext = browser
				.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 900));
			Page page = browserContext.newPage();
			page.setDefaultTimeout(60_000);
			List<Request> finished = new ArrayList<>();
			page.onRequestFinished(finished::add);
			String base = "http://127.0.0.1:" + server.port() + "/";
			List<Load> loads = new ArrayList<>();
			page.navigate(base + app.firstPage());
			settle(page);
			if (app instanceof StepwiseApp stepwise) {
				loads.add(drain("sign-in page (cold)", finished));
				page.locator("input[name='username']").fill(stepwise.user());
				page.locator("input[name='password']").fill(stepwise.password());
				page.locator("input[name='password']").press("Enter");
				page.waitForCondition(() -> !page.url().contains("/login"));
				settle(page);
				loads.add(drain("start page after sign-in", finished));
				page.locator("#entry-unlock-account-locked-out").click();
				page.locator("#answer-not-solved").waitFor();
				settle(page);
				loads.add(drain("a flow's first step", finished));
			}
			else {
				loads.add(drain("the page (cold)", finished));
				page.locator("#" + FloorApp.BUTTON).click();
				page.locator("#count")
					.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("1"))
					.waitFor();
				settle(page);
				loads.add(drain("a button press", finished));
			}
			browser.close();
			loads.forEach(load -> context.log("  %s: %s: %d requests, %d KB (JS %d KB in %d files), %s", app.label(),
					load.page(), load.requests(), load.bytes() / 1024, load.jsBytes() / 1024, load.jsFiles(),
					load.encodings()));
			return new Result(loads);
		}
	}

	/** Waits until Vaadin has rendered and has no request in flight. */
	private static void settle(Page page) {
		page.evaluate("() => new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)))");
		page.waitForFunction("() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
				+ " && Object.keys(window.Vaadin.Flow.clients).length"
				+ " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))");
		page.waitForTimeout(500);
	}

	private static Load drain(String name, List<Request> finished) {
		List<Request> requests = new ArrayList<>(finished);
		finished.clear();
		long bytes = 0;
		long js = 0;
		int jsFiles = 0;
		TreeSet<String> encodings = new TreeSet<>();
		for (Request request : requests) {
			Response response = request.response();
			if (response == null) {
				continue;
			}
			long size = Math.max(0, request.sizes().responseBodySize)
					+ Math.max(0, request.sizes().responseHeadersSize);
			bytes += size;
			String type = response.headers().getOrDefault("content-type", "");
			if (type.contains("javascript") || request.url().matches(".*\\.js(\\?.*)?$")) {
				js += size;
				jsFiles++;
			}
			String encoding = response.headers().get("content-encoding");
			String kind = type.isEmpty() ? "?" : type.split(";")[0].replace("application/", "").replace("text/", "");
			encodings.add(kind + ":" + (encoding == null ? "none" : encoding));
		}
		return new Load(name, requests.size(), bytes, js, jsFiles, String.join(", ", encodings));
	}

}
