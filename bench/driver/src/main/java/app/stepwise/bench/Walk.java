package app.stepwise.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * The server's CPU per step with the think time taken out: a few sessions go round
 * {@link App#cycle} without pausing, so that the server is busy with nothing but steps,
 * and the CPU it used in a window is divided by the steps it answered. The jars given
 * take turns, each started afresh, round after round: on a shared machine whose speed
 * swings from minute to minute, only figures measured close together compare, and the
 * median of alternated runs says more than one long run. With {@code -Dbench.profile=true} the
 * last round of each jar is recorded with JFR (deep stacks) for a look at where the time
 * went.
 *
 * <pre>
 * java -cp … app.stepwise.bench.Walk --jdk DIR --work DIR [--rounds 3] [--sessions 2]
 *   [--warm-up 30] [--seconds 45] [--ports FROM-TO] --app stepwise=LABEL=JAR[=ARGUMENTS] …
 *   [--app floor=LABEL=JAR]
 * </pre>
 *
 * The floor walks too: its round is its button, pressed without pause.
 *
 * bench/run --walk ROUNDS builds the jars and runs this instead of the benchmark.
 */
public final class Walk {

	record Run(String label, int round, int steps, double seconds, double serverCpuPerStep) {
	}

	private Walk() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		List<App> apps = new ArrayList<>();
		boolean profile = Boolean.getBoolean("bench.profile");
		String password = "bench-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
		String hash = BCrypt.hashpw(password, BCrypt.gensalt(4));
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--app" -> {
					String[] app = args[++i].split("=", 4);
					List<String> extra = app.length > 3 ? List.of(app[3].split(" ")) : List.of();
					Path jar = Path.of(app[2]).toAbsolutePath();
					apps.add(switch (app[0]) {
						case "stepwise" -> new StepwiseApp(app[1], jar, "bench", password, hash, extra);
						case "floor" -> new FloorApp(app[1], jar, extra);
						default -> throw new IllegalArgumentException("Unknown kind of application: " + args[i]);
					});
				}
				default -> options.put(args[i].substring(2), args[++i]);
			}
		}
		int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
		int sessions = Integer.parseInt(options.getOrDefault("sessions", "2"));
		int warmUp = Integer.parseInt(options.getOrDefault("warm-up", "30"));
		int seconds = Integer.parseInt(options.getOrDefault("seconds", "45"));
		String[] ports = options.getOrDefault("ports", "0-0").split("-");
		Context context = new Context(Path.of(options.get("jdk")), Settings.fullSize(),
				Path.of(options.get("work")).toAbsolutePath(), Integer.parseInt(ports[0]), Integer.parseInt(ports[1]));
		List<Run> runs = new ArrayList<>();
		for (int round = 1; round <= rounds; round++) {
			for (App app : apps) {
				Path recording = profile && round == rounds
						? context.workDir(app, "walk").resolve("walk.jfr").toAbsolutePath() : null;
				Run run = walk(context, app, round, sessions, warmUp, seconds, recording);
				runs.add(run);
				context.log("%s, round %d: %d steps in %.0f s, server %.2f ms CPU per step%s (load %s)", run.label(),
						round, run.steps(), run.seconds(), run.serverCpuPerStep(),
						recording == null ? "" : ", recorded in " + recording, loadAverage());
				if (recording != null) {
					context.log("Whose code the samples were in (innermost frame outside the JDK):%n%s",
							Owners.of(recording));
				}
			}
		}
		context.log("%nMedians of %d alternated rounds, %d sessions walking without pause:", rounds, sessions);
		for (App app : apps) {
			double[] perStep = runs.stream()
				.filter(r -> r.label().equals(app.label()))
				.mapToDouble(Run::serverCpuPerStep)
				.toArray();
			context.log("  %s: %s ms CPU per step (runs: %s)", app.label(), format(Stats.percentile(perStep, 50)),
					String.join(" / ", Arrays.stream(perStep).mapToObj(Walk::format).toList()));
		}
		System.exit(0);
	}

	private static Run walk(Context context, App app, int round, int sessions, int warmUp, int seconds,
			Path recording) throws Exception {
		Path work = context.workDir(app, "walk");
		try (Server server = context.start(app, work, List.of(), List.of("-jar", app.jar().toString()), "walk")) {
			server.awaitPage(app.firstPage(), context.settings().startTimeoutSeconds());
			AtomicLong steps = new AtomicLong();
			AtomicBoolean counting = new AtomicBoolean();
			AtomicBoolean stop = new AtomicBoolean();
			UiSession.Recorder recorder = (kind, start, nanos, wire, body, error) -> {
				if (error != null) {
					throw new IllegalStateException(kind + " failed: " + error);
				}
				if (counting.get() && (kind.equals("click") || kind.equals("navigate"))) {
					steps.incrementAndGet();
				}
			};
			List<Thread> threads = new ArrayList<>();
			List<Exception> failures = Collections.synchronizedList(new ArrayList<>());
			for (int i = 0; i < sessions; i++) {
				threads.add(Thread.ofPlatform().start(() -> {
					try (UiSession session = context.session(server, recorder)) {
						app.enter(session);
						while (!stop.get()) {
							app.cycle(session, () -> {
							});
						}
					}
					catch (Exception failed) {
						failures.add(failed);
					}
				}));
			}
			TimeUnit.SECONDS.sleep(warmUp);
			long cpu = server.cpuMillis();
			long begin = System.nanoTime();
			counting.set(true);
			if (recording != null) {
				server.jcmd("JFR.start", "name=walk", "settings=profile", "filename=" + recording);
			}
			TimeUnit.SECONDS.sleep(seconds);
			counting.set(false);
			cpu = server.cpuMillis() - cpu;
			double elapsed = (System.nanoTime() - begin) / 1e9;
			if (recording != null) {
				server.jcmd("JFR.stop", "name=walk");
			}
			stop.set(true);
			for (Thread thread : threads) {
				thread.join(TimeUnit.SECONDS.toMillis(60));
			}
			if (!failures.isEmpty()) {
				throw new IllegalStateException(app.label() + ": a session stopped", failures.getFirst());
			}
			long counted = Math.max(1, steps.get());
			return new Run(app.label(), round, (int) counted, elapsed, (double) cpu / counted);
		}
	}

	private static String loadAverage() throws IOException {
		return Files.readString(Path.of("/proc/loadavg")).substring(0, 14).trim();
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

}
