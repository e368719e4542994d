package app.stepwise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A Flyway migration that was released is history: databases everywhere have applied it,
 * and Flyway refuses to start on one whose applied migration has changed since. So every
 * released migration is listed with its SHA-256 in
 * {@code src/test/resources/db/migration-checksums.txt}, and this test fails when one
 * changes, disappears, or a new one is not listed yet.
 */
class MigrationsAreHistoryTest {

	private static final String LIST = "db/migration-checksums.txt";

	private static final String MIGRATIONS = "classpath:db/migration/*.sql";

	private static Map<String, String> listed() throws IOException {
		Map<String, String> listed = new LinkedHashMap<>();
		try (InputStream in = Objects
			.requireNonNull(MigrationsAreHistoryTest.class.getClassLoader().getResourceAsStream(LIST), LIST)) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					String[] parts = line.trim().split("\\s+");
					listed.put(parts[0], parts[1]);
				}
			}
		}
		return listed;
	}

	private static Map<String, String> present() throws IOException {
		Map<String, String> present = new LinkedHashMap<>();
		for (Resource file : new PathMatchingResourcePatternResolver().getResources(MIGRATIONS)) {
			try (InputStream in = file.getInputStream()) {
				present.put(Objects.requireNonNull(file.getFilename()), sha256(in.readAllBytes()));
			}
		}
		return present;
	}

	/** Of the text with LF line endings, so that a checkout with CRLF gives the same. */
	static String sha256(byte[] content) {
		String text = new String(content, StandardCharsets.UTF_8).replace("\r\n", "\n");
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void noReleasedMigrationHasChangedOrGone() throws IOException {
		Map<String, String> present = present();
		List<String> problems = new ArrayList<>();
		listed().forEach((file, checksum) -> {
			if (!present.containsKey(file)) {
				problems.add(file + " was released but is gone: restore it; databases have applied it.");
			}
			else if (!present.get(file).equals(checksum)) {
				problems.add(file + " has changed since it was released, and Flyway will refuse every database"
						+ " that applied it. Restore it and add a new migration V<next>__<what>.sql instead.");
			}
		});
		assertThat(problems).as("Released migrations (%s)", LIST).isEmpty();
	}

	@Test
	void everyMigrationIsListed() throws IOException {
		Map<String, String> listed = listed();
		List<String> missing = present().entrySet()
			.stream()
			.filter(e -> !listed.containsKey(e.getKey()))
			.map(e -> e.getKey() + " " + e.getValue())
			.toList();
		assertThat(missing)
			.as("New migrations: once final, add these lines to src/test/resources/%s, so that they never change"
					+ " again", LIST)
			.isEmpty();
	}

}
