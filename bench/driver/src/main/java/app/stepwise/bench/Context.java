package app.stepwise.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What every measurement shares: the JDK, the settings, ports, directories, the log. */
record Context(Path jdk, Settings settings, Path workDir, int portFrom, int portTo) {

	String java() {
		return jdk.resolve("bin/java").toString();
	}

	/**
	 * The same JVM options for every application, so that the comparison is fair; with
	 * --profile, JFR keeps stacks deep enough to reach from Tomcat to Stepwise's own code
	 * (its default of 64 frames stops inside Vaadin's and Spring's).
	 */
	List<String> jvmOptions() {
		return Boolean.getBoolean("bench.profile")
				? List.of("-Xmx" + settings.heap(), "-XX:+UseG1GC", "-XX:FlightRecorderOptions:stackdepth=256")
				: List.of("-Xmx" + settings.heap(), "-XX:+UseG1GC");
	}

	Path workDir(App app, String section) throws IOException {
		Path dir = workDir.resolve(app.label().replaceAll("[^A-Za-z0-9._-]", "_")).resolve(section);
		Files.createDirectories(dir);
		return dir;
	}

	Server start(App app, Path work, List<String> extraOptions, List<String> launch, String logName)
			throws IOException {
		List<String> options = new ArrayList<>(jvmOptions());
		options.addAll(extraOptions);
		return Server.start(jdk, options, launch, app.arguments(work), freePort(), work,
				work.resolve(logName + ".log"));
	}

	UiSession session(Server server, UiSession.Recorder recorder) {
		return new UiSession(new Http("127.0.0.1", server.port(), 60_000), recorder);
	}

	/** A port nobody listens on, from the range given (or any, when none was given). */
	int freePort() {
		// Port 0 would "bind" (to any port) and be returned as the port to use.
		for (int port = Math.max(portFrom, 1); portFrom > 0 && port <= portTo; port++) {
			try (ServerSocket probe = new ServerSocket(port)) {
				return port;
			}
			catch (IOException taken) {
				// next
			}
		}
		if (portFrom > 0) {
			throw new UncheckedIOException(new IOException("No free port in " + portFrom + "-" + portTo));
		}
		try (ServerSocket any = new ServerSocket(0)) {
			return any.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void log(String format, Object... arguments) {
		System.out.println(String.format(format, arguments));
		System.out.flush();
	}

}
