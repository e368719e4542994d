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
 * in the intercept, after one unmeasured session has warmed the server up. Class
 * histograms at the first and the largest N show what the sessions added to the heap,
 * class by class, and how many Vaadin UIs and sessions there are per session opened.
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
		String baseline = null;
		try (Server server = context.start(app, context.workDir(app, "memory"), List.of(),
				List.of("-jar", app.jar().toString()), "memory")) {
			server.awaitPage(app.firstPage(), context.settings().startTimeoutSeconds());
			open(server, app, 1);
			int open = 0;
			for (int count : counts) {
				open(server, app, count - open);
				open = count;
				long kb = server.liveHeapKb();
				if (baseline == null) {
					baseline = server.jcmd("GC.class_histogram");
				}
				heap.add(kb);
				context.log("  %s: %d sessions, live heap %d KB", app.label(), count, kb);
			}
			histogram = server.jcmd("GC.class_histogram");
		}
		double[] x = counts.stream().mapToDouble(Integer::doubleValue).toArray();
		double[] y = heap.stream().mapToDouble(Long::doubleValue).toArray();
		return new Result(counts, heap, Stats.slope(x, y), instances(histogram, "com.vaadin.flow.component.UI"),
				instances(histogram, "com.vaadin.flow.server.VaadinSession"),
				difference(baseline, histogram, 30, counts.getLast() - counts.getFirst()));
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

	/**
	 * What the sessions added to the heap: per class, the growth from the first step's
	 * histogram to the last, largest first, and per session. Instances and bytes are
	 * divided by the sessions added.
	 */
	static String difference(String before, String after, int rows, int sessions) {
		java.util.Map<String, long[]> start = rows(before);
		java.util.Map<String, long[]> end = rows(after);
		StringBuilder text = new StringBuilder(
				String.format("%12s %12s %12s  %s%n", "instances/s", "bytes/s", "bytes added", "class"));
		end.entrySet()
			.stream()
			.map(e -> java.util.Map.entry(e.getKey(),
					new long[] { e.getValue()[0] - start.getOrDefault(e.getKey(), new long[2])[0],
							e.getValue()[1] - start.getOrDefault(e.getKey(), new long[2])[1] }))
			.sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
			.limit(rows)
			.forEach(e -> text.append(String.format(java.util.Locale.ROOT, "%12.1f %12d %12d  %s%n",
					(double) e.getValue()[0] / Math.max(1, sessions), e.getValue()[1] / Math.max(1, sessions),
					e.getValue()[1], e.getKey())));
		text.append("(instances of UI: ")
			.append(instances(after, "com.vaadin.flow.component.UI"))
			.append(", of VaadinSession: ")
			.append(instances(after, "com.vaadin.flow.server.VaadinSession"))
			.append(")\n");
		return text.toString();
	}

	private static java.util.Map<String, long[]> rows(String histogram) {
		java.util.Map<String, long[]> rows = new java.util.HashMap<>();
		histogram.lines()
			.map(String::trim)
			.filter(line -> line.matches("\\d+:\\s+\\d+\\s+\\d+\\s+.*"))
			.forEach(line -> {
				String[] columns = line.split("\\s+");
				rows.merge(columns[3], new long[] { Long.parseLong(columns[1]), Long.parseLong(columns[2]) },
						(a, b) -> new long[] { a[0] + b[0], a[1] + b[1] });
			});
		return rows;
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

}
