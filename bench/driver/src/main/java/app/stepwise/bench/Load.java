package app.stepwise.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step latency under load. For each N (1, 100, 500, 1,000 at full size), N sessions on
 * virtual threads, each with one keep-alive connection, start a few dozen a second, then
 * go round {@link App#cycle} with a think time of about a second (uniformly 0.5–1.5 s)
 * before every step. Once all have signed in, a window of {@code loadSeconds} is
 * measured: each step's round trip (navigations and clicks; not the page loads and
 * sign-ins of the ramp), the server's CPU time (from /proc) and the driver's own, per
 * step. Errors count over the whole level. Between levels the sessions leave (Stepwise:
 * sign out) and the server collects its garbage, so that levels do not feed each other; a
 * class histogram then tells how many Vaadin sessions and UIs outlived their people.
 */
final class Load {

	record Level(int sessions, double seconds, int steps, double p50, double p95, double p99, double max,
			double serverCpuPerStep, double driverCpuPerStep, Map<String, Integer> errors, double medianBody,
			double maxBody, double medianWire, double maxWire, long youngGcs, long fullGcs, String byKind,
			long sessionsLeft, long uisLeft, String profile) {

		double stepsPerSecond() {
			return steps / seconds;
		}

		int errorCount() {
			return errors.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

	record Result(List<Level> levels) {
	}

	private record Sample(String kind, long start, long nanos, int wire, int body, String error) {
	}

	/** With -Dbench.profile=true, the largest level is recorded with JFR. */
	private static final boolean PROFILE = Boolean.getBoolean("bench.profile");

	private static final Pattern GC_COUNT = Pattern.compile("sun\\.gc\\.collector\\.(\\d)\\.invocations=(\\d+)");

	private final Context context;

	Load(Context context) {
		this.context = context;
	}

	Result measure(App app) throws Exception {
		List<Level> levels = new ArrayList<>();
		try (Server server = context.start(app, context.workDir(app, "load"), List.of(),
				List.of("-jar", app.jar().toString()), "load")) {
			server.awaitPage(app.firstPage(), context.settings().startTimeoutSeconds());
			// Warm the server up (JIT) before the first measured level.
			run(server, app, Math.min(20, context.settings().loadSessions().getLast()), 10, "warm-up");
			for (int sessions : context.settings().loadSessions()) {
				Level level = run(server, app, sessions, context.settings().loadSeconds(), "measured");
				levels.add(level);
				context.log(
						"  %s: %d sessions, %.0f steps/s, p50 %.1f p95 %.1f p99 %.1f max %.0f ms,"
								+ " server %.2f ms CPU/step, driver %.2f ms CPU/step, errors %s;"
								+ " after they left: %d Vaadin sessions, %d UIs%n    %s",
						app.label(), sessions, level.stepsPerSecond(), level.p50(), level.p95(), level.p99(),
						level.max(), level.serverCpuPerStep(), level.driverCpuPerStep(), level.errors(),
						level.sessionsLeft(), level.uisLeft(), level.byKind());
			}
		}
		return new Result(levels);
	}

	private Level run(Server server, App app, int sessions, int seconds, String name) throws Exception {
		ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		UiSession.Recorder recorder = (kind, start, nanos, wire, body, error) -> samples
			.add(new Sample(kind, start, nanos, wire, body, error));
		long rampNanos = TimeUnit.SECONDS.toNanos(Math.max(1, sessions / context.settings().rampPerSecond()));
		long begin = System.nanoTime();
		CountDownLatch entered = new CountDownLatch(sessions);
		AtomicLong windowEnd = new AtomicLong(Long.MAX_VALUE);
		int think = context.settings().thinkMillis();
		App.Pause pause = () -> Thread.sleep(ThreadLocalRandom.current().nextInt(think / 2, think * 3 / 2 + 1));
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < sessions; i++) {
			long startAt = begin + rampNanos * i / sessions;
			threads.add(Thread.ofVirtual().start(() -> {
				try (UiSession session = context.session(server, recorder)) {
					TimeUnit.NANOSECONDS.sleep(startAt - System.nanoTime());
					try {
						app.enter(session);
					}
					finally {
						entered.countDown();
					}
					while (System.nanoTime() < windowEnd.get()) {
						app.cycle(session, pause);
					}
					app.leave(session);
				}
				catch (Exception failed) {
					failures.add(String.valueOf(failed.getMessage()));
				}
			}));
		}
		// The window opens once every session has signed in and is on its way (a few
		// seconds later, so that think times are spread), however long the ramp took.
		if (!entered.await(10, TimeUnit.MINUTES)) {
			throw new IllegalStateException(sessions + " sessions did not all sign in within 10 minutes");
		}
		long windowStart = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
		windowEnd.set(windowStart + TimeUnit.SECONDS.toNanos(seconds));
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		TimeUnit.NANOSECONDS.sleep(windowStart - System.nanoTime());
		long serverCpu = server.cpuMillis();
		long driverCpu = os.getProcessCpuTime();
		long[] gcs = gcCounts(server);
		Path recording = context.workDir().resolve("load-" + sessions + ".jfr");
		boolean profile = PROFILE && name.equals("measured") && sessions == context.settings().loadSessions().getLast();
		if (profile) {
			server.jcmd("JFR.start", "name=bench", "settings=profile", "filename=" + recording);
		}
		TimeUnit.NANOSECONDS.sleep(windowEnd.get() - System.nanoTime());
		if (profile) {
			server.jcmd("JFR.stop", "name=bench");
		}
		serverCpu = server.cpuMillis() - serverCpu;
		driverCpu = os.getProcessCpuTime() - driverCpu;
		long[] gcsAfter = gcCounts(server);
		for (Thread thread : threads) {
			thread.join(TimeUnit.SECONDS.toMillis(120));
		}
		// What the sessions that left still hold: Vaadin sessions and UIs after a full
		// collection.
		String histogram = server.jcmd("GC.class_histogram");
		long sessionsLeft = Memory.instances(histogram, "com.vaadin.flow.server.VaadinSession");
		long uisLeft = Memory.instances(histogram, "com.vaadin.flow.component.UI");
		return summarize(sessions, seconds, samples, failures, serverCpu, driverCpu / 1e6, gcsAfter[0] - gcs[0],
				gcsAfter[1] - gcs[1], windowStart, windowEnd.get(), sessionsLeft, uisLeft,
				profile ? views(recording) : "");
	}

	private static Level summarize(int sessions, int seconds, ConcurrentLinkedQueue<Sample> samples,
			ConcurrentLinkedQueue<String> failures, long serverCpuMillis, double driverCpuMillis, long young, long full,
			long windowStart, long windowEnd, long sessionsLeft, long uisLeft, String profile) {
		List<Sample> steps = samples.stream()
			.filter(s -> s.start() >= windowStart && s.start() < windowEnd)
			.filter(s -> s.kind().equals("click") || s.kind().equals("navigate"))
			.filter(s -> s.error() == null)
			.toList();
		double[] millis = steps.stream().mapToDouble(s -> s.nanos() / 1e6).toArray();
		double[] bodies = steps.stream().mapToDouble(Sample::body).toArray();
		double[] wires = steps.stream().mapToDouble(Sample::wire).toArray();
		Map<String, Integer> errors = new TreeMap<>();
		// Signing out ends the session, so Vaadin answers that click with "session
		// expired": not an error.
		samples.stream()
			.filter(s -> s.error() != null && !(s.kind().equals("leave") && s.error().equals("sessionExpired")))
			.forEach(s -> errors.merge(s.kind() + ": " + s.error(), 1, Integer::sum));
		StringBuilder byKind = new StringBuilder();
		samples.stream()
			.filter(s -> s.start() >= windowStart && s.start() < windowEnd && s.error() == null)
			.collect(java.util.stream.Collectors.groupingBy(Sample::kind, TreeMap::new,
					java.util.stream.Collectors.toList()))
			.forEach((kind,
					list) -> byKind.append(String.format(java.util.Locale.ROOT,
							"%s: %d, p50 %.1f ms, p95 %.1f ms, median %d bytes; ", kind, list.size(),
							Stats.percentile(list.stream().mapToDouble(s -> s.nanos() / 1e6).toArray(), 50),
							Stats.percentile(list.stream().mapToDouble(s -> s.nanos() / 1e6).toArray(), 95),
							(long) Stats.percentile(list.stream().mapToDouble(Sample::body).toArray(), 50))));
		if (!failures.isEmpty()) {
			errors.put("sessions ended early", failures.size());
		}
		int count = Math.max(1, steps.size());
		return new Level(sessions, seconds, steps.size(), Stats.percentile(millis, 50), Stats.percentile(millis, 95),
				Stats.percentile(millis, 99), Stats.max(millis), (double) serverCpuMillis / count,
				driverCpuMillis / count, errors, Stats.percentile(bodies, 50), Stats.max(bodies),
				Stats.percentile(wires, 50), Stats.max(wires), young, full, byKind.toString(), sessionsLeft, uisLeft,
				profile);
	}

	/**
	 * What the server spent its CPU and its allocations on during the window, from a JFR
	 * recording ({@code jfr view hot-methods}, {@code allocation-by-site}).
	 */
	private String views(Path recording) throws Exception {
		StringBuilder views = new StringBuilder();
		for (String view : List.of("hot-methods", "allocation-by-site", "allocation-by-class")) {
			Process jfr = new ProcessBuilder(context.jdk().resolve("bin/jfr").toString(), "view", "--width", "160",
					view, recording.toString())
				.redirectErrorStream(true)
				.start();
			List<String> lines = new String(jfr.getInputStream().readAllBytes()).lines().toList();
			jfr.waitFor();
			views.append(String.join("\n", lines.subList(0, Math.min(30, lines.size())))).append("\n\n");
		}
		return views.toString();
	}

	/** Young and full collections so far, from the JVM's performance counters. */
	private static long[] gcCounts(Server server) throws Exception {
		long[] counts = new long[2];
		Matcher counter = GC_COUNT.matcher(server.jcmd("PerfCounter.print"));
		while (counter.find()) {
			int collector = Integer.parseInt(counter.group(1));
			if (collector < 2) {
				counts[collector] = Long.parseLong(counter.group(2));
			}
		}
		return counts;
	}

}
