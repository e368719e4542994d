package app.stepwise.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.stepwise.Application;
import app.stepwise.TestUsers;
import app.stepwise.escalation.Requests;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequests;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.i18n.Language;
import app.stepwise.security.Roles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A webhook post in flight when the application is stopped finishes before it stops: the
 * receiver's answer is recorded, the notification completed, nothing left claimed. (Were
 * it cut off, it would wait out the staleness window before anyone tried again.)
 */
class ShutdownDuringSendTest {

	private static final WebhookReceiver slowReceiver = new WebhookReceiver();

	@AfterAll
	static void stopReceiver() {
		slowReceiver.close();
	}

	private final String database = "jdbc:h2:mem:shutdown-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	/**
	 * Starts the application, files a request, waits until its webhook post reaches the
	 * receiver, and stops the application while the receiver has not answered.
	 */
	private SupportRequest fileAndStopWhilePosting(String... arguments) {
		List<String> all = new ArrayList<>(List.of("--spring.datasource.url=" + database,
				"--spring.datasource.username=sa", "--stepwise.notifications.webhook.url=" + slowReceiver.url(),
				"--stepwise.notifications.webhook.secret=" + WebhookTest.SECRET,
				"--stepwise.notifications.retry.interval=1h", "--server.port=0"));
		all.addAll(List.of(arguments));
		// As arguments: they take precedence over the tests' configuration files.
		ConfigurableApplicationContext application = new SpringApplicationBuilder(Application.class)
			.run(all.toArray(String[]::new));
		int before = slowReceiver.arrived();
		try {
			TestUsers.signIn(application, "ivy@contoso.com", Roles.ADMIN);
			SupportRequest request = Requests.file(application.getBean(SupportRequests.class),
					application.getBean(FlowCatalog.class), "unlock-account", Language.ENGLISH, "jo@contoso.com");
			await().atMost(Duration.ofSeconds(20)).until(() -> slowReceiver.arrived() > before);
			return request;
		}
		finally {
			TestUsers.signOut(application);
			application.close();
		}
	}

	@Test
	void aPostInFlightAtShutdownCompletesAndIsRecorded() {
		slowReceiver.answerAfter(Duration.ofSeconds(3));
		// The test's own connection keeps the in-memory database once the application's
		// pool has closed.
		SingleConnectionDataSource keep = new SingleConnectionDataSource(database, "sa", "", true);
		JdbcTemplate jdbc = new JdbcTemplate(keep);
		jdbc.queryForObject("SELECT 1", Integer.class);
		SupportRequest request = fileAndStopWhilePosting();

		assertThat(slowReceiver.received())
			.filteredOn(post -> request.id().toString().equals(post.header("Idempotency-Key")))
			.singleElement()
			.satisfies(post -> assertThat(post.accepted()).isTrue());
		assertThat(jdbc.queryForList(
				"SELECT delivered_at IS NOT NULL AND claimed_at IS NULL FROM notification_delivery WHERE delivery_key = ?",
				Boolean.class, WebhookNotifier.CHANNEL + request.id()))
			.containsExactly(true);
		assertThat(jdbc.queryForList("SELECT status FROM event_publication WHERE serialized_event LIKE ?", String.class,
				"%" + request.reference() + "%"))
			.containsExactly("COMPLETED");
		keep.destroy();
	}

	@Test
	void aPostStillRunningWhenShutdownRunsOutOfTimeIsReleasedForTheNextRetryAtOnce() {
		slowReceiver.answerAfter(Duration.ofSeconds(8));
		SingleConnectionDataSource keep = new SingleConnectionDataSource(database, "sa", "", true);
		JdbcTemplate jdbc = new JdbcTemplate(keep);
		jdbc.queryForObject("SELECT 1", Integer.class);

		SupportRequest request = fileAndStopWhilePosting("--spring.lifecycle.timeout-per-shutdown-phase=1s",
				"--spring.task.execution.shutdown.await-termination-period=1s");

		// Not claimed (the next attempt may post at once), not delivered, and failed, so
		// that the next retry round on any server picks it up.
		assertThat(jdbc.queryForList(
				"SELECT claimed_at IS NULL AND delivered_at IS NULL FROM notification_delivery WHERE delivery_key = ?",
				Boolean.class, WebhookNotifier.CHANNEL + request.id()))
			.containsExactly(true);
		assertThat(jdbc.queryForList("SELECT status FROM event_publication WHERE serialized_event LIKE ?", String.class,
				"%" + request.reference() + "%"))
			.containsExactly("FAILED");
		keep.destroy();
	}

}
