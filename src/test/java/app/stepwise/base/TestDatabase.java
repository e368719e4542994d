package app.stepwise.base;

import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A database with Stepwise's schema, for tests of what servers share through it, without
 * an application context: a fresh in-memory H2, or the PostgreSQL that
 * {@code STEPWISE_TEST_POSTGRES_URL} names. Each {@link #connect() connection pool} is
 * one server's view of the same database.
 */
public final class TestDatabase {

	private final String url;

	private final String user;

	private final String password;

	private TestDatabase(String url, String user, String password) {
		this.url = url;
		this.user = user;
		this.password = password;
		Flyway.configure().dataSource(url, user, password).load().migrate();
	}

	/** A new, empty in-memory H2 database with the schema. */
	public static TestDatabase h2() {
		return new TestDatabase("jdbc:h2:mem:shared-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
	}

	/** The test PostgreSQL with the schema, or nothing when none is configured. */
	public static @Nullable TestDatabase postgres() {
		String url = System.getenv("STEPWISE_TEST_POSTGRES_URL");
		if (url == null || url.isBlank()) {
			return null;
		}
		String user = System.getenv().getOrDefault("STEPWISE_TEST_POSTGRES_USER", "stepwise");
		String password = System.getenv().getOrDefault("STEPWISE_TEST_POSTGRES_PASSWORD", "");
		return new TestDatabase(url, user, password);
	}

	/** A connection pool of its own, as one server has. */
	public Server connect() {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		pool.setUsername(user);
		pool.setPassword(password);
		pool.setMaximumPoolSize(10);
		return new Server(pool);
	}

	/** One server's access to the database. */
	public record Server(HikariDataSource dataSource) implements AutoCloseable {

		public JdbcTemplate jdbc() {
			return new JdbcTemplate(dataSource);
		}

		public PlatformTransactionManager transactions() {
			return new DataSourceTransactionManager((DataSource) dataSource);
		}

		@Override
		public void close() {
			dataSource.close();
		}

	}

}
