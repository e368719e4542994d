package app.stepwise.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Launch to the first 200 on the first page, three ways: the fat jar; the jar extracted
 * with Spring Boot's jar tools ({@code -Djarmode=tools extract}); and the extracted jar
 * with a JDK AOT cache ({@code -XX:AOTCacheOutput} on a training run that walks through
 * the application as a person would, then {@code -XX:AOTCache} with
 * {@code -XX:AOTMode=on}, so that a cache the JVM cannot use fails the run instead of
 * being silently ignored). Each is started once unmeasured first (the first start creates
 * the database and fills the file cache), then {@code runs} times.
 */
final class Startup {

	/** Start-up times in milliseconds, each list in the order measured. */
	record Result(List<Long> fat, List<Long> extracted, List<Long> aot, long trainingMillis) {
	}

	private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+\\.(?:js|css)[^\"]*)\"");

	private final Context context;

	Startup(Context context) {
		this.context = context;
	}

	Result measure(App app) throws Exception {
		Path work = context.workDir(app, "startup");
		List<String> fatJar = List.of("-jar", app.jar().toString());
		List<Long> fat = runs(app, work, List.of(), fatJar, "fat");

		Path extractedDir = work.resolve("extracted");
		extract(app, extractedDir);
		List<String> extractedJar = List.of("-jar", extractedDir.resolve(app.jar().getFileName()).toString());
		List<Long> extracted = runs(app, work, List.of(), extractedJar, "extracted");

		Path cache = work.resolve("app.aot");
		long training = train(app, work, extractedJar, cache);
		List<Long> aot = runs(app, work, List.of("-XX:AOTCache=" + cache, "-XX:AOTMode=on"), extractedJar, "aot");
		return new Result(fat, extracted, aot, training);
	}

	private List<Long> runs(App app, Path work, List<String> extraOptions, List<String> launch, String name)
			throws Exception {
		List<Long> times = new ArrayList<>();
		for (int run = 0; run <= context.settings().startupRuns(); run++) {
			try (Server server = context.start(app, work, extraOptions, launch, name + "-" + run)) {
				long millis = server.awaitPage(app.firstPage(), context.settings().startTimeoutSeconds());
				if (run > 0) {
					times.add(millis);
				}
				context.log("  %s %s start %d: %d ms%s", app.label(), name, run, millis,
						run == 0 ? " (unmeasured)" : "");
			}
		}
		return times;
	}

	private void extract(App app, Path destination) throws IOException, InterruptedException {
		if (Files.exists(destination)) {
			try (Stream<Path> old = Files.walk(destination)) {
				old.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
		Process extract = new ProcessBuilder(context.java(), "-Djarmode=tools", "-jar", app.jar().toString(), "extract",
				"--destination", destination.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(extract.getInputStream().readAllBytes());
		if (extract.waitFor() != 0 || !Files.exists(destination.resolve(app.jar().getFileName()))) {
			throw new IOException("Extracting " + app.jar() + " failed: " + output);
		}
	}

	/**
	 * The training run: start with {@code -XX:AOTCacheOutput}, walk through the
	 * application three times (and load the page's scripts and styles as a browser
	 * would), stop it; the JVM writes the cache as it exits.
	 */
	private long train(App app, Path work, List<String> launch, Path cache) throws Exception {
		Files.deleteIfExists(cache);
		long start = System.nanoTime();
		try (Server server = context.start(app, work, List.of("-XX:AOTCacheOutput=" + cache), launch, "aot-training")) {
			server.awaitPage(app.firstPage(), context.settings().startTimeoutSeconds());
			loadAssets(server, app);
			for (int walk = 0; walk < 3; walk++) {
				try (UiSession session = context.session(server, (k, s, n, w, b, e) -> {
				})) {
					app.enter(session);
				}
			}
		}
		if (!Files.exists(cache)) {
			throw new IOException("The training run wrote no AOT cache at " + cache + "; see the log in " + work);
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		context.log("  %s AOT cache: %d MB, training and writing took %d s", app.label(), Files.size(cache) >> 20,
				millis / 1000);
		return millis;
	}

	private static void loadAssets(Server server, App app) throws IOException {
		try (Http http = new Http("127.0.0.1", server.port(), 30_000)) {
			Matcher assets = ASSET.matcher(http.get("/" + app.firstPage()).text());
			while (assets.find()) {
				String asset = assets.group(1);
				http.get(asset.startsWith("/") ? asset : "/" + asset);
			}
		}
	}

}
