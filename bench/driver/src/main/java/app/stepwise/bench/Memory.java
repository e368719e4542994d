package app.stepwise.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Server memory per session. Opens sessions in steps (N = 0, 250, 500, 1000 at full
 * size), each taken where {@link App#enter} leaves it, and after each step reads the
 * server's live heap after a full collection (median of three). The cost of one session
 * is the least-squares slope of heap over N; whatever is loaded once (classes, caches) is
 * in the intercept, after one unmeasured session has warmed the server up. At the largest
 * N a class histogram shows what the heap holds, and how many Vaadin UIs and sessions
 * there are per session opened.
 */
final class Memory {

	record Result(List<Integer> sessions, List<Long> heapKb, double kbPerSession, long uis, long vaadinSessions,
			String histogram) {

		double sessionsPerGb() {
			return 1024 * 1024 / kbPerSession;
		}

	}

	private static final int PARALLEL = 4;

	private final Context context;

	Memory(Context context) {
		this.context = context;
	}

	Result measure(App app) throws Exception {
		List<Integer> counts = context.settings().memorySessions();
		List<Long> heap = new ArrayList<>();
		String histogram;
		try (Server server = context.start(app, context.workDir(app, "memory"), List.of(),
				List.of("-jar", app.jar().toString()), "memory")) {
			server.awaitPage(app.firstPage(), context.settings().startTimeoutSeconds());
			open(server, app, 1);
			int open = 0;
			for (int count : counts) {
				open(server, app, count - open);
				open = count;
				long kb = server.liveHeapKb();
				heap.add(kb);
				context.log("  %s: %d sessions, live heap %d KB", app.label(), count, kb);
			}
			histogram = server.jcmd("GC.class_histogram");
		}
		double[] x = counts.stream().mapToDouble(Integer::doubleValue).toArray();
		double[] y = heap.stream().mapToDouble(Long::doubleValue).toArray();
		int largest = counts.getLast();
		return new Result(counts, heap, Stats.slope(x, y), instances(histogram, "com.vaadin.flow.component.UI"),
				instances(histogram, "com.vaadin.flow.server.VaadinSession"), top(histogram, 25, largest));
	}

	/** Opens and enters this many sessions, a few at a time; fails on the first error. */
	private void open(Server server, App app, int count) throws Exception {
		AtomicInteger next = new AtomicInteger();
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<?>> workers = new ArrayList<>();
			for (int w = 0; w < PARALLEL; w++) {
				workers.add(pool.submit(() -> {
					while (next.getAndIncrement() < count) {
						try (UiSession session = context.session(server, (k, s, n, wire, b, e) -> {
						})) {
							app.enter(session);
						}
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
	}

	/** Instances of exactly this class in a class histogram. */
	static long instances(String histogram, String className) {
		for (String line : histogram.lines().toList()) {
			String[] columns = line.trim().split("\\s+");
			if (columns.length >= 4 && columns[3].equals(className)) {
				return Long.parseLong(columns[1]);
			}
		}
		return 0;
	}

	/** The histogram's first rows, with bytes per session added. */
	private static String top(String histogram, int rows, int sessions) {
		StringBuilder text = new StringBuilder(
				String.format("%12s %12s %10s  %s%n", "instances", "bytes", "B/session", "class"));
		histogram.lines()
			.map(String::trim)
			.filter(line -> line.matches("\\d+:\\s+\\d+\\s+\\d+\\s+.*"))
			.limit(rows)
			.forEach(line -> {
				String[] columns = line.split("\\s+");
				long bytes = Long.parseLong(columns[2]);
				text.append(String.format("%12s %12d %10d  %s%n", columns[1], bytes,
						sessions == 0 ? 0 : bytes / sessions, columns[3]));
			});
		return text.toString();
	}

}
