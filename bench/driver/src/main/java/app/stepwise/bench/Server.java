package app.stepwise.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An application under test running in a process of its own, on every core of the machine
 * (the driver itself is pinned to one). Knows how long it took to answer its first page,
 * its CPU time, and its heap after a full collection (through {@code jcmd}).
 */
final class Server implements AutoCloseable {

	private static final Pattern USED = Pattern.compile("used (\\d+)K");

	private static final long CLOCK_TICKS_PER_SECOND = 100;

	private final Process process;

	private final long launchedNanos;

	private final int port;

	private final Path jdk;

	private final Path log;

	private Server(Process process, long launchedNanos, int port, Path jdk, Path log) {
		this.process = process;
		this.launchedNanos = launchedNanos;
		this.port = port;
		this.jdk = jdk;
		this.log = log;
	}

	/**
	 * Starts {@code java <jvmOptions> <launch…>} with the application's arguments, on all
	 * cores (taskset), its output in {@code log}.
	 */
	static Server start(Path jdk, List<String> jvmOptions, List<String> launch, List<String> arguments, int port,
			Path workDir, Path log) throws IOException {
		List<String> command = new ArrayList<>(List.of("taskset", "-c", allCores()));
		command.add(jdk.resolve("bin/java").toString());
		command.addAll(jvmOptions);
		command.addAll(launch);
		command.addAll(arguments);
		command.add("--server.port=" + port);
		Files.createDirectories(workDir);
		Files.writeString(log, String.join(" ", command) + System.lineSeparator());
		long launched = System.nanoTime();
		Process process = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		// Stopped or failing, the driver leaves no application running behind it.
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
		return new Server(process, launched, port, jdk, log);
	}

	/**
	 * The machine's online cores, e.g. {@code 0-1}; the driver's own pinning is not
	 * inherited.
	 */
	private static String allCores() throws IOException {
		return Files.readString(Path.of("/sys/devices/system/cpu/online")).trim();
	}

	int port() {
		return port;
	}

	long pid() {
		return process.pid();
	}

	/**
	 * Waits for the first 200 on the page; the milliseconds from launch to that answer.
	 */
	long awaitPage(String path, long timeoutSeconds) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IOException("The application stopped before answering (exit " + process.exitValue()
						+ "); its output is in " + log + ":\n" + tail());
			}
			try (Http http = new Http("127.0.0.1", port, 2_000)) {
				if (http.get("/" + path).status() == 200) {
					return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launchedNanos);
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(20);
		}
		throw new IOException(
				"No 200 on /" + path + " within " + timeoutSeconds + " s; output in " + log + ":\n" + tail());
	}

	/** User and system CPU time of the process so far, in milliseconds. */
	long cpuMillis() throws IOException {
		String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		// fields[0] is field 3 (state); utime and stime are fields 14 and 15.
		long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
	}

	/** Used heap in KB after a full collection: the median of three. */
	long liveHeapKb() throws IOException, InterruptedException {
		long[] samples = new long[3];
		for (int i = 0; i < samples.length; i++) {
			jcmd("GC.run");
			Thread.sleep(300);
			Matcher used = USED.matcher(jcmd("GC.heap_info"));
			if (!used.find()) {
				throw new IOException("No heap figure from jcmd " + pid() + " GC.heap_info");
			}
			samples[i] = Long.parseLong(used.group(1));
		}
		Arrays.sort(samples);
		return samples[1];
	}

	String jcmd(String... command) throws IOException, InterruptedException {
		List<String> line = new ArrayList<>(List.of(jdk.resolve("bin/jcmd").toString(), Long.toString(pid())));
		line.addAll(List.of(command));
		Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
		String output = new String(jcmd.getInputStream().readAllBytes());
		if (jcmd.waitFor() != 0) {
			throw new IOException("jcmd " + String.join(" ", command) + " failed: " + output);
		}
		return output;
	}

	String tail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
		}
		catch (IOException e) {
			return "(no output: " + e.getMessage() + ")";
		}
	}

	/** Stops the application as a service manager would (SIGTERM), and waits for it. */
	@Override
	public void close() throws IOException {
		process.destroy();
		try {
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

}
