package app.stepwise.escalation.internal;

import app.stepwise.SignedInAs;
import app.stepwise.escalation.SupportRequest;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests of webhook notifications: one application context for all of them,
 * posting to one {@link WebhookReceiver} in the test's JVM, with retries every 200 ms and
 * pauses of 100 to 400 ms. The operator files signed in; posts and retries run in the
 * background, where nobody is.
 */
@SpringBootTest(properties = { "stepwise.notifications.webhook.secret=" + WebhookTest.SECRET,
		"stepwise.notifications.retry.interval=200ms", "stepwise.notifications.retry.initial-backoff=100ms",
		"stepwise.notifications.retry.max-backoff=400ms" })
@SignedInAs("alex@contoso.com")
abstract class WebhookTest {

	static final String SECRET = "a-test-secret-of-some-length";

	/** Shared by every test class of the context; it lives as long as the JVM. */
	static final WebhookReceiver receiver = new WebhookReceiver();

	@DynamicPropertySource
	static void webhook(DynamicPropertyRegistry registry) {
		registry.add("stepwise.notifications.webhook.url", receiver::url);
	}

	@Autowired
	protected JdbcTemplate jdbc;

	/** Every post the receiver got about the request. */
	List<WebhookReceiver.Received> about(SupportRequest request) {
		return receiver.received()
			.stream()
			.filter(r -> request.id().toString().equals(r.header("Idempotency-Key")))
			.toList();
	}

	/** Whether the outbox holds nothing unfinished about the request. */
	boolean outboxDone(SupportRequest request) {
		Integer open = jdbc.queryForObject(
				"SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?",
				Integer.class, "%" + request.reference() + "%");
		return open != null && open == 0;
	}

}
