package app.stepwise.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The health component {@code database}, part of readiness: whether a connection to the
 * database can be had and answers, within {@code stepwise.readiness.database-timeout}.
 *
 * <p>
 * While the database is down, taking a connection from the pool waits until the pool
 * gives up ({@code spring.datasource.hikari.connection-timeout}, 30 s), and Spring Boot's
 * {@code db} component waits as long; a load balancer wants its answer sooner. Lowering
 * the pool's wait would do it too, but would also fail people's requests that only had to
 * wait for a busy pool. So the check runs on a thread of its own and readiness answers
 * {@code DOWN} once the bound is over; the pool's wait stays as it is. A check still
 * waiting is not started again: the next probe waits for the same one, so a database that
 * does not answer never ties up more than one thread.
 */
@Component("databaseHealthIndicator")
class DatabaseReadiness implements HealthIndicator, DisposableBean {

	private final DataSource dataSource;

	private final Duration timeout;

	private final ExecutorService checker = Executors.newSingleThreadExecutor(work -> {
		Thread thread = new Thread(work, "database-readiness");
		thread.setDaemon(true);
		return thread;
	});

	private @Nullable Future<Health> running;

	DatabaseReadiness(DataSource dataSource, @Value("${stepwise.readiness.database-timeout}") Duration timeout) {
		this.dataSource = dataSource;
		this.timeout = timeout;
	}

	@Override
	public Health health() {
		try {
			return check().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException e) {
			return Health.down().withDetail("error", "no answer within " + timeout.toMillis() + " ms").build();
		}
		catch (ExecutionException e) {
			return Health.down().withException(e.getCause()).build();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Health.down().build();
		}
	}

	/** The check under way, or a new one. */
	private synchronized Future<Health> check() {
		Future<Health> current = running;
		if (current == null || current.isDone()) {
			current = checker.submit(this::connect);
			running = current;
		}
		return current;
	}

	private Health connect() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			int seconds = (int) Math.max(1, timeout.toSeconds());
			return connection.isValid(seconds) ? Health.up().build()
					: Health.down().withDetail("error", "the connection is not valid").build();
		}
	}

	@Override
	public void destroy() {
		checker.shutdownNow();
	}

}
