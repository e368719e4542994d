package app.stepwise.operations;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.WebClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a load balancer and a metrics scraper see, with actuator on a management port of
 * its own and a mail server that is down: the server stays up and ready (readiness is the
 * database's, not the mail server's), probes answer on the main port too, and the
 * management port needs no sign-in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.server.port=0", "management.server.address=127.0.0.1",
				"stepwise.notifications.mail.to=helpdesk@contoso.com", "spring.mail.host=127.0.0.1" })
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
		assertThat(groups.get("readiness").isMember("db")).isTrue();
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

	@Test
	void theMainPortServesNoActuatorEndpointWhenThereIsAManagementPort() {
		assertThat(main().get("actuator/prometheus").status()).isIn(401, 404);
		assertThat(main().get("actuator/health").status()).isIn(401, 404);
		assertThat(main().postEmpty("actuator/drain").status()).isIn(401, 403, 404);
	}

}
