package app.stepwise.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * With {@code -Dstepwise.bench.dump=DIR}, every UIDL response body is written to that
 * directory, numbered, for looking at what a step sends.
 */
final class Dump {

	private static final String DIR = System.getProperty("stepwise.bench.dump", "");

	private static final AtomicInteger COUNT = new AtomicInteger();

	private Dump() {
	}

	static void body(String kind, byte[] body) {
		if (DIR.isEmpty()) {
			return;
		}
		try {
			Path dir = Files.createDirectories(Path.of(DIR));
			Files.write(dir.resolve("%03d-%s.json".formatted(COUNT.incrementAndGet(), kind)), body);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

}
