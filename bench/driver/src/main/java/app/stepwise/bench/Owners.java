package app.stepwise.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Whose code the server's CPU samples were in: each sample of a JFR recording is counted
 * for the library of its innermost frame outside the JDK (a HashMap lookup done for
 * Vaadin counts as Vaadin's), so that what is Stepwise's own and what it pays to the
 * libraries under it can be told apart.
 */
final class Owners {

	/** Package prefixes and the name they are reported under, the first match counting. */
	private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

	static {
		LIBRARIES.put("app.stepwise.", "Stepwise");
		LIBRARIES.put("com.vaadin.", "Vaadin");
		LIBRARIES.put("elemental.", "Vaadin");
		LIBRARIES.put("tools.jackson.", "Jackson");
		LIBRARIES.put("org.springframework.security.", "Spring Security");
		LIBRARIES.put("org.springframework.", "Spring");
		LIBRARIES.put("org.h2.", "H2");
		LIBRARIES.put("com.zaxxer.hikari.", "HikariCP");
		LIBRARIES.put("org.apache.", "Tomcat");
		LIBRARIES.put("jakarta.servlet.", "Tomcat");
		LIBRARIES.put("io.micrometer.", "Micrometer");
		LIBRARIES.put("com.ibm.icu.", "ICU");
		LIBRARIES.put("org.flywaydb.", "Flyway");
	}

	private Owners() {
	}

	/** Share of the samples per library, largest first, one line each. */
	static String of(Path recording) throws IOException {
		Map<String, Integer> counts = new TreeMap<>();
		int total = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
			if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
				continue;
			}
			counts.merge(owner(event.getStackTrace().getFrames()), 1, Integer::sum);
			total++;
		}
		int samples = Math.max(1, total);
		StringBuilder lines = new StringBuilder(String.format(Locale.ROOT, "  %d samples%n", total));
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.forEach(e -> lines
				.append(String.format(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey())));
		return lines.toString();
	}

	private static String owner(List<RecordedFrame> frames) {
		for (RecordedFrame frame : frames) {
			String type = frame.getMethod().getType().getName();
			if (type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.")) {
				continue;
			}
			return LIBRARIES.entrySet()
				.stream()
				.filter(library -> type.startsWith(library.getKey()))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse("other");
		}
		return "JDK";
	}

}
