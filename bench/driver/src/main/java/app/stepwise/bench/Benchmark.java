package app.stepwise.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * The benchmark's driver. bench/run builds the applications and starts this, pinned to
 * one core:
 *
 * <pre>
 * java -cp … app.stepwise.bench.Benchmark --jdk DIR --work DIR --out BENCHMARKS.md
 *   [--quick] [--only startup,memory,load,weight] [--ports FROM-TO] [--command TEXT] [--queue FILE]
 *   --app stepwise=LABEL=JAR[=ARGUMENTS] … --app floor=LABEL=JAR[=ARGUMENTS]
 * </pre>
 *
 * ARGUMENTS, separated by spaces, are added to the application's own, e.g.
 * {@code --server.compression.enabled=false} to see what a setting changes.
 *
 * <pre>
 * </pre>
 *
 * Measures every application section by section, prints each figure as it comes, and
 * writes the report only when every figure asked for was measured: a figure that cannot
 * be measured stops the run with the reason.
 */
public final class Benchmark {

	static final Set<String> SECTIONS = Set.of("startup", "memory", "load", "weight");

	private Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		List<String[]> apps = new ArrayList<>();
		boolean quick = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--quick" -> quick = true;
				case "--app" -> apps.add(args[++i].split("=", 4));
				default -> {
					if (!args[i].startsWith("--") || i + 1 >= args.length) {
						throw new IllegalArgumentException("Unknown argument: " + args[i]);
					}
					options.put(args[i].substring(2), args[++i]);
				}
			}
		}
		Settings settings = quick ? Settings.quickSize() : Settings.fullSize();
		String[] ports = options.getOrDefault("ports", "0-0").split("-");
		Context context = new Context(Path.of(required(options, "jdk")), settings,
				Path.of(required(options, "work")).toAbsolutePath(), Integer.parseInt(ports[0]),
				Integer.parseInt(ports[1]));
		List<String> sections = List.of(options.getOrDefault("only", "startup,memory,load,weight").split(","));
		for (String section : sections) {
			if (!SECTIONS.contains(section)) {
				throw new IllegalArgumentException("Unknown section " + section + "; known: " + SECTIONS);
			}
		}
		String password = "bench-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
		String hash = BCrypt.hashpw(password, BCrypt.gensalt(4));
		List<App> targets = new ArrayList<>();
		for (String[] app : apps) {
			Path jar = Path.of(app[2]).toAbsolutePath();
			if (!Files.isRegularFile(jar)) {
				throw new IllegalArgumentException("No jar at " + jar);
			}
			List<String> extra = app.length > 3 ? List.of(app[3].split(" ")) : List.of();
			targets.add(switch (app[0]) {
				case "stepwise" -> new StepwiseApp(app[1], jar, "bench", password, hash, extra);
				case "floor" -> new FloorApp(app[1], jar, extra);
				default -> throw new IllegalArgumentException("Unknown kind of application: " + app[0]);
			});
		}
		List<Results> all = new ArrayList<>();
		for (App app : targets) {
			all.add(new Results(app.label(), app instanceof FloorApp));
		}
		for (String section : sections) {
			context.log("== %s", section);
			for (int i = 0; i < targets.size(); i++) {
				App app = targets.get(i);
				Results results = all.get(i);
				switch (section) {
					case "startup" -> results.startup = new Startup(context).measure(app);
					case "memory" -> results.memory = new Memory(context).measure(app);
					case "load" -> results.load = new Load(context).measure(app);
					case "weight" -> results.weight = new PageWeight(context).measure(app);
					default -> throw new IllegalStateException(section);
				}
			}
		}
		Path out = Path.of(required(options, "out"));
		Report report = new Report(all, context, options.getOrDefault("command", "bench/run"),
				options.getOrDefault("machine", "?"));
		if (options.containsKey("queue")) {
			report.queue(Files.readString(Path.of(options.get("queue"))));
		}
		report.write(out);
		Files.writeString(context.workDir().resolve("results.json"), UiSession.JSON.writerWithDefaultPrettyPrinter()
			.writeValueAsString(all.stream().map(Results::asMap).toList()));
		context.log("Wrote %s (raw figures in %s)", out, context.workDir().resolve("results.json"));
		for (Results results : all) {
			if (results.memory != null) {
				context.log("%n%s: what each session added to the heap, by class (up to %d sessions):%n%s",
						results.label, results.memory.sessions().getLast(), results.memory.histogram());
			}
		}
		System.exit(0);
	}

	private static String required(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null) {
			throw new IllegalArgumentException("--" + name + " is required");
		}
		return value;
	}

}
