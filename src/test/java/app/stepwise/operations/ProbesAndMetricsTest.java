package app.stepwise.operations;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.WebClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a load balancer and a metrics scraper see, with actuator on a management port of
 * its own and a mail server that is down: the server stays up and ready (readiness is the
 * database's, not the mail server's), probes answer on the main port too, and the
 * management port needs no sign-in. A database that stops answering makes the server not
 * ready within the readiness check's own bound, not the pool's 30 s wait.
 */
@Import(ProbesAndMetricsTest.DatabaseThatCanHang.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.server.port=0", "stepwise.readiness.database-timeout=1s",
				"management.server.address=127.0.0.1", "stepwise.notifications.mail.to=helpdesk@contoso.com",
				"spring.mail.host=127.0.0.1" })
class ProbesAndMetricsTest {

	@DynamicPropertySource
	static void mailServerThatIsDown(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", ProbesAndMetricsTest::closedPort);
	}

	/** A port nothing listens on. */
	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@Autowired
	private HealthEndpointGroups groups;

	@Autowired
	private HealthEndpoint health;

	@Autowired
	private ApplicationEventPublisher events;

	private WebClient management() {
		return new WebClient("http://127.0.0.1:" + managementPort + "/");
	}

	private WebClient main() {
		return new WebClient("http://localhost:" + port + "/");
	}

	@Test
	void aMailServerThatIsDownLeavesTheServerUpAndReady() {
		assertThat(management().get("actuator/health").status()).isEqualTo(200);
		assertThat(management().get("actuator/health").body()).contains("\"status\":\"UP\"");
		assertThat(management().get("actuator/health/readiness").status()).isEqualTo(200);
		assertThat(management().get("actuator/health/liveness").status()).isEqualTo(200);
	}

	@Test
	void theMailServerBeingDownShowsAsDegradedNotificationsForThoseWhoLook() {
		assertThat(health.healthForPath("notifications").getStatus().getCode()).isEqualTo("DEGRADED");
		assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
	}

	@Test
	void readinessIsTheDatabaseAndLivenessTheApplicationItself() {
		assertThat(groups.get("readiness").isMember("database")).isTrue();
		assertThat(groups.get("readiness").isMember("db")).isFalse();
		assertThat(groups.get("readiness").isMember("readinessState")).isTrue();
		assertThat(groups.get("readiness").isMember("mail")).isFalse();
		assertThat(groups.get("readiness").isMember("notifications")).isFalse();
		assertThat(groups.get("liveness").isMember("livenessState")).isTrue();
		assertThat(groups.get("liveness").isMember("db")).isFalse();
	}

	@Test
	void loadBalancersFindTheProbesOnTheMainPortTooWithoutSigningIn() {
		assertThat(main().get("readyz").status()).isEqualTo(200);
		assertThat(main().get("readyz").body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(main().get("livez").status()).isEqualTo(200);
	}

	@Test
	void theManagementPortServesMetricsWithoutSignIn() {
		WebClient.Response metrics = management().get("actuator/prometheus");

		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes", "stepwise_notifications{",
				"stepwise_sign_in_failures_total");
	}

	@Test
	void aDrainedServerIsNotReadyButStaysAliveUntilItIsPutBack() throws IOException, InterruptedException {
		try {
			assertThat(drain("POST")).contains("REFUSING_TRAFFIC");

			assertThat(main().get("readyz").status()).isEqualTo(503);
			assertThat(management().get("actuator/health/readiness").status()).isEqualTo(503);
			assertThat(main().get("livez").status()).isEqualTo(200);
			assertThat(drain("DELETE")).contains("ACCEPTING_TRAFFIC");
			assertThat(main().get("readyz").status()).isEqualTo(200);
		}
		finally {
			AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
		}
	}

	/** Calls the drain endpoint on the management port as curl does: no body. */
	private String drain(String method) throws IOException, InterruptedException {
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/drain"))
				.method(method, HttpRequest.BodyPublishers.noBody())
				.build();
			return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
		}
	}

	/**
	 * While the database does not answer, taking a connection waits (here until the test
	 * lets it go, as the pool would for 30 s): readiness still answers, and says not
	 * ready, within its own bound (1 s here) and well before the pool would give up.
	 */
	@Test
	void readinessAnswersNotReadyWithinItsBoundWhileTheDatabaseHangs() throws Exception {
		HttpRequest probe = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/readyz"))
			.timeout(Duration.ofSeconds(10))
			.build();
		try (HttpClient client = HttpClient.newHttpClient()) {
			DatabaseThatCanHang.hang.set(new CountDownLatch(1));
			try {
				HttpResponse<String> answer = client.send(probe, HttpResponse.BodyHandlers.ofString());

				assertThat(answer.statusCode()).isEqualTo(503);
				assertThat(answer.body()).contains("DOWN");
				// Asked again while the first check still waits: the same answer.
				assertThat(client.send(probe, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(503);
			}
			finally {
				DatabaseThatCanHang.hang.getAndSet(null).countDown();
			}
			assertThat(client.send(probe, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
		}
	}

	/**
	 * Wraps the application's data source: while {@link #hang} holds a latch, taking a
	 * connection waits for it (at most a minute).
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class DatabaseThatCanHang {

		static final AtomicReference<CountDownLatch> hang = new AtomicReference<>();

		@Bean
		static BeanPostProcessor hangingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (!(bean instanceof DataSource dataSource)) {
						return bean;
					}
					return new DelegatingDataSource(dataSource) {
						@Override
						public Connection getConnection() throws SQLException {
							CountDownLatch latch = hang.get();
							if (latch != null) {
								try {
									latch.await(1, TimeUnit.MINUTES);
								}
								catch (InterruptedException e) {
									Thread.currentThread().interrupt();
									throw new SQLException("interrupted while waiting", e);
								}
							}
							return super.getConnection();
						}
					};
				}
			};
		}

	}

	@Test
	void theMainPortServesNoActuatorEndpointWhenThereIsAManagementPort() {
		assertThat(main().get("actuator/prometheus").status()).isIn(401, 404);
		assertThat(main().get("actuator/health").status()).isIn(401, 404);
		assertThat(main().postEmpty("actuator/drain").status()).isIn(401, 403, 404);
	}

}
