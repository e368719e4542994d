package app.stepwise.base;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The actuator endpoint {@code backup} (POST {@code /actuator/backup}): a consistent copy
 * of the embedded H2 database while Stepwise runs, with H2's {@code BACKUP TO}, as a zip
 * file in {@code <data-dir>/backups}. Only with the embedded H2 in a file; PostgreSQL is
 * backed up with its own tools (see the README, "Backups").
 */
@Component
@Endpoint(id = "backup")
@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:h2:file:')")
class H2Backup {

	private static final Logger log = LoggerFactory.getLogger(H2Backup.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	private final JdbcTemplate jdbc;

	private final Path directory;

	private final Clock clock;

	H2Backup(JdbcTemplate jdbc, @Value("${stepwise.data-dir}") String dataDir, Clock clock) {
		this.jdbc = jdbc;
		this.directory = Path.of(dataDir, "backups").toAbsolutePath().normalize();
		this.clock = clock;
	}

	/** Writes a backup now and says where. */
	@WriteOperation
	Map<String, String> backup() throws java.io.IOException {
		Files.createDirectories(directory);
		Path file = directory.resolve("stepwise-" + STAMP.format(clock.instant()) + ".zip");
		// The name is made here, from digits only: nothing from outside reaches the SQL.
		jdbc.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
		log.info("Database backed up to {}", file);
		return Map.of("file", file.toString());
	}

}
