package app.stepwise.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the figures into BENCHMARKS.md, between the markers {@code <!-- bench:begin -->}
 * and {@code <!-- bench:end -->}; text outside them (notes written by hand) is kept.
 * Every figure of an application is followed by its ratio to the floor's.
 */
final class Report {

	static final String BEGIN = "<!-- bench:begin -->";

	static final String END = "<!-- bench:end -->";

	private final List<Results> all;

	private final Results floor;

	private final Context context;

	private final String command;

	private final String machine;

	private String queue = "";

	Report(List<Results> all, Context context, String command, String machine) {
		this.all = all;
		this.floor = all.stream().filter(r -> r.floor).findFirst().orElse(null);
		this.context = context;
		this.command = command;
		this.machine = machine;
	}

	/** The support queue benchmark's BENCHMARK lines, shown as they are. */
	void queue(String lines) {
		queue = lines;
	}

	void write(Path file) throws IOException {
		String generated = BEGIN + "\n" + render() + END;
		String text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\n" + BEGIN + "\n" + END + "\n";
		int begin = text.indexOf(BEGIN);
		int end = text.indexOf(END);
		if (begin < 0 || end < begin) {
			text = text + "\n" + generated + "\n";
		}
		else {
			text = text.substring(0, begin) + generated + text.substring(end + END.length());
		}
		Files.writeString(file, text);
	}

	String render() {
		Settings settings = context.settings();
		StringBuilder md = new StringBuilder();
		md.append("## Latest run").append(settings.quick() ? " (quick mode: rough figures)" : "").append("\n\n");
		md.append("- Date: ")
			.append(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT)))
			.append("\n");
		md.append("- Machine: ").append(machine).append("\n");
		md.append("- Command: `").append(command).append("`\n");
		md.append("- Servers: `java ")
			.append(String.join(" ", context.jvmOptions()))
			.append("`, on every core; the driver pinned to one core (`taskset -c 1`).\n");
		md.append("- Sizes: start-up ")
			.append(settings.startupRuns())
			.append(" runs each (median); memory at N = ")
			.append(settings.memorySessions())
			.append("; load at N = ")
			.append(settings.loadSessions())
			.append(", ")
			.append(settings.loadSeconds())
			.append(" s measured per level, think time ")
			.append(settings.thinkMillis() / 2)
			.append("–")
			.append(settings.thinkMillis() * 3 / 2)
			.append(" ms before each step.\n\n");
		md.append("Each cell: the figure, then its ratio to the floor's.\n\n");
		header(md);
		startup(md);
		memory(md);
		load(md);
		weight(md);
		details(md);
		if (!queue.isBlank()) {
			md.append("### Support queue at scale\n\n```\n").append(queue.strip()).append("\n```\n\n");
		}
		return md.toString();
	}

	private void header(StringBuilder md) {
		md.append("| figure | ")
			.append(all.stream().map(r -> r.label).collect(Collectors.joining(" | ")))
			.append(" |\n| --- |")
			.append(" ---: |".repeat(all.size()))
			.append("\n");
	}

	private void row(StringBuilder md, String name, Function<Results, Double> figure, String format) {
		row(md, name, figure, format, true);
	}

	private void row(StringBuilder md, String name, Function<Results, Double> figure, String format, boolean ratio) {
		if (all.stream().allMatch(r -> safe(figure, r) == null)) {
			return;
		}
		Double base = floor == null || !ratio ? null : safe(figure, floor);
		md.append("| ").append(name).append(" |");
		for (Results results : all) {
			Double value = safe(figure, results);
			md.append(' ');
			if (value == null || value.isNaN()) {
				md.append("–");
			}
			else {
				md.append(String.format(Locale.ROOT, format, value));
				if (!results.floor && base != null && base != 0 && !base.isNaN()) {
					md.append(String.format(Locale.ROOT, " (%.2f×)", value / base));
				}
			}
			md.append(" |");
		}
		md.append("\n");
	}

	private static Double safe(Function<Results, Double> figure, Results results) {
		try {
			return figure.apply(results);
		}
		catch (NullPointerException | IndexOutOfBoundsException notMeasured) {
			return null;
		}
	}

	private void startup(StringBuilder md) {
		row(md, "start-up to first 200, fat jar (ms, median)", r -> Stats.median(r.startup.fat()), "%.0f");
		row(md, "start-up, extracted jar (ms)", r -> Stats.median(r.startup.extracted()), "%.0f");
		row(md, "start-up, extracted jar + AOT cache (ms)", r -> Stats.median(r.startup.aot()), "%.0f");
		row(md, "AOT cache start-up ÷ fat jar start-up",
				r -> Stats.median(r.startup.aot()) / Stats.median(r.startup.fat()), "%.2f");
	}

	private void memory(StringBuilder md) {
		row(md, "live heap per session (KB, slope)", r -> r.memory.kbPerSession(), "%.0f");
		row(md, "sessions per GB of heap", r -> r.memory.sessionsPerGb(), "%.0f");
		row(md, "Vaadin UIs on the heap per session opened",
				r -> (double) r.memory.uis() / Math.max(1, r.memory.sessions().getLast() + 1), "%.2f");
	}

	private void load(StringBuilder md) {
		for (int i = 0; i < context.settings().loadSessions().size(); i++) {
			int index = i;
			int n = context.settings().loadSessions().get(i);
			row(md, "**" + n + " sessions**: steps per second", r -> r.load.levels().get(index).stepsPerSecond(),
					"%.0f");
			row(md, n + " sessions: p50 step round trip (ms)", r -> r.load.levels().get(index).p50(), "%.1f");
			row(md, n + " sessions: p95 (ms)", r -> r.load.levels().get(index).p95(), "%.1f");
			row(md, n + " sessions: p99 (ms)", r -> r.load.levels().get(index).p99(), "%.1f");
			row(md, n + " sessions: max (ms)", r -> r.load.levels().get(index).max(), "%.0f");
			row(md, n + " sessions: server CPU per step (ms)", r -> r.load.levels().get(index).serverCpuPerStep(),
					"%.2f");
			row(md, n + " sessions: driver CPU per step (ms)", r -> r.load.levels().get(index).driverCpuPerStep(),
					"%.2f");
			row(md, n + " sessions: errors", r -> (double) r.load.levels().get(index).errorCount(), "%.0f");
		}
		int last = context.settings().loadSessions().size() - 1;
		row(md, "a step's response, median (bytes, decoded)", r -> r.load.levels().get(last).medianBody(), "%.0f");
		row(md, "a step's response, largest (bytes, decoded)", r -> r.load.levels().get(last).maxBody(), "%.0f");
		row(md, "a step's response, median (bytes on the wire)", r -> r.load.levels().get(last).medianWire(), "%.0f");
		row(md, "a step's response, largest (bytes on the wire)", r -> r.load.levels().get(last).maxWire(), "%.0f");
	}

	/**
	 * The first page compares with the floor's; what follows does not (Stepwise signs in
	 * and opens a step, the floor presses its button), so those rows have no ratio.
	 */
	private void weight(StringBuilder md) {
		for (int i = 0; i < 3; i++) {
			int index = i;
			if (all.stream().noneMatch(r -> r.weight != null && r.weight.loads().size() > index)) {
				continue;
			}
			Function<Results, PageWeight.Load> load = r -> r.weight.loads().size() > index ? r.weight.loads().get(index)
					: null;
			String name = i == 0 ? "first page, cold"
					: i == 1 ? "start page after sign-in (floor: a press)" : "a flow's first step";
			row(md, name + ": requests", r -> (double) load.apply(r).requests(), "%.0f", i == 0);
			row(md, name + ": KB transferred", r -> load.apply(r).bytes() / 1024.0, "%.0f", i == 0);
			row(md, name + ": of which JavaScript (KB, Brotli)", r -> load.apply(r).jsBytes() / 1024.0, "%.0f", i == 0);
		}
	}

	private void details(StringBuilder md) {
		md.append("\n### Details\n\n");
		for (Results r : all) {
			md.append("**").append(r.label).append("**\n\n");
			if (r.startup != null) {
				md.append("- Start-up runs (ms): fat jar ")
					.append(r.startup.fat())
					.append(", extracted ")
					.append(r.startup.extracted())
					.append(", AOT cache ")
					.append(r.startup.aot())
					.append("; training run with writing the cache ")
					.append(r.startup.trainingMillis() / 1000)
					.append(" s\n");
			}
			if (r.memory != null) {
				md.append("- Live heap after full GC (KB) at N = ")
					.append(r.memory.sessions())
					.append(": ")
					.append(r.memory.heapKb())
					.append("; at the largest N: ")
					.append(r.memory.uis())
					.append(" UIs, ")
					.append(r.memory.vaadinSessions())
					.append(" Vaadin sessions (one session warmed the server up)\n");
			}
			if (r.load != null) {
				for (Load.Level level : r.load.levels()) {
					md.append(String.format(Locale.ROOT,
							"- %d sessions: %d steps in %d s; young/full GCs %d/%d; errors %s; after all left, %d Vaadin"
									+ " sessions and %d UIs on the heap; by kind: %s%n",
							level.sessions(), level.steps(), (int) level.seconds(), level.youngGcs(), level.fullGcs(),
							level.errors().isEmpty() ? "none" : level.errors(), level.sessionsLeft(), level.uisLeft(),
							level.byKind()));
				}
			}
			if (r.load != null) {
				for (Load.Level level : r.load.levels()) {
					if (!level.profile().isEmpty()) {
						md.append("\n<details><summary>Profile of the ")
							.append(level.sessions())
							.append("-session window (JFR)</summary>\n\n```\n")
							.append(level.profile().strip())
							.append("\n```\n</details>\n\n");
					}
				}
			}
			if (r.weight != null) {
				for (PageWeight.Load load : r.weight.loads()) {
					md.append(String.format(Locale.ROOT, "- %s: %d requests, %d bytes (JS %d bytes in %d files); %s%n",
							load.page(), load.requests(), load.bytes(), load.jsBytes(), load.jsFiles(),
							load.encodings()));
				}
			}
			if (r.memory != null) {
				md.append("\n<details><summary>What the sessions added to the heap, class by class (histogram at ")
					.append(r.memory.sessions().getLast())
					.append(" sessions less the one at ")
					.append(r.memory.sessions().getFirst())
					.append("; per session)</summary>\n\n```\n")
					.append(r.memory.histogram())
					.append("```\n</details>\n");
			}
			md.append("\n");
		}
	}

}
