package app.stepwise.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.stepwise.TestUsers;
import app.stepwise.escalation.Requests;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequestFiled;
import app.stepwise.escalation.SupportRequests;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.i18n.Language;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With a webhook configured, each new request is posted once, signed, through the outbox:
 * a receiver that is down gets it later, and never twice.
 */
class WebhookNotificationTest extends WebhookTest {

	@Autowired
	private SupportRequests requests;

	@Autowired
	private FlowCatalog catalog;

	@Autowired
	private JsonMapper json;

	@Autowired
	private WebhookNotifier notifier;

	@Autowired
	private DeliveryLedger ledger;

	@Autowired
	private ApplicationContext context;

	@Test
	void aReceiverThatIsDownAtFirstGetsTheRequestExactlyOnceLater() {
		receiver.refuseNext(1);

		SupportRequest request = Requests.file(requests, catalog, "reset-passwords", Language.SLOVENIAN,
				"bo@contoso.com");

		await().atMost(Duration.ofSeconds(30))
			.until(() -> about(request).stream().anyMatch(WebhookReceiver.Received::accepted) && outboxDone(request));
		// Let several more retry rounds pass: nothing is sent again.
		await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> true);
		assertThat(about(request)).extracting(WebhookReceiver.Received::answeredWith).containsExactly(503, 200);
	}

	@Test
	void thePostIsSignedWithHmacSha256OverItsExactBodyAndCarriesTheRequest() throws Exception {
		SupportRequest request = Requests.file(requests, catalog, "unlock-account", Language.SWEDISH,
				"anna@contoso.com");

		await().atMost(Duration.ofSeconds(30)).until(() -> !about(request).isEmpty());

		WebhookReceiver.Received post = about(request).getFirst();
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		assertThat(post.header("X-Stepwise-Signature"))
			.isEqualTo("sha256=" + HexFormat.of().formatHex(mac.doFinal(post.body())));
		assertThat(post.header("X-Stepwise-Event")).isEqualTo("support-request-filed");
		assertThat(post.header("Content-Type")).startsWith("application/json");
		JsonNode body = json.readTree(post.body());
		assertThat(body.get("reference").asString()).isEqualTo(request.reference());
		assertThat(body.get("idempotencyKey").asString()).isEqualTo(request.id().toString());
		assertThat(body.get("language").asString()).isEqualTo("sv");
		assertThat(body.get("affectedUser").asString()).isEqualTo("anna@contoso.com");
		assertThat(body.get("flow").get("title").asString()).isEqualTo("Unlock an account");
		assertThat(body.get("summary").asString()).startsWith("Support request " + request.reference());
	}

	@Test
	void aKeyTheReceiverAcceptedIsNeverPostedAgainEvenIfTheListenerRunsAgain() {
		SupportRequest request = Requests.file(requests, catalog, "compromise-response", Language.ENGLISH,
				"cy@contoso.com");
		await().atMost(Duration.ofSeconds(30)).until(() -> outboxDone(request));

		notifier.deliver(filed(request, request.id()));

		assertThat(about(request)).hasSize(1);
	}

	@Test
	void whileAnotherAttemptIsPostingAKeyASecondAttemptPostsNothingAndFailsForALaterRetry() {
		SupportRequest request = Requests.file(requests, catalog, "unlock-account", Language.ENGLISH,
				"dee@contoso.com");
		java.util.UUID key = java.util.UUID.randomUUID();
		assertThat(ledger.claim(WebhookNotifier.CHANNEL + key, Duration.ofMinutes(1)))
			.isEqualTo(DeliveryLedger.Claim.CLAIMED);

		assertThatThrownBy(() -> notifier.deliver(filed(request, key))).isInstanceOf(IllegalStateException.class);

		assertThat(receiver.received()).noneMatch(r -> key.toString().equals(r.header("Idempotency-Key")));
	}

	@Test
	void anAttemptWithNobodySignedInStillReadsAndPostsTheRequest() {
		SupportRequest request = Requests.file(requests, catalog, "reset-passwords", Language.DANISH,
				"eve@contoso.com");
		await().atMost(Duration.ofSeconds(30)).until(() -> outboxDone(request));
		java.util.UUID key = java.util.UUID.randomUUID();
		TestUsers.signOut(context);

		notifier.deliver(filed(request, key));

		assertThat(receiver.received()).filteredOn(r -> key.toString().equals(r.header("Idempotency-Key")))
			.singleElement()
			.satisfies(post -> assertThat(json.readTree(post.body()).get("reference").asString())
				.isEqualTo(request.reference()));
	}

	private static SupportRequestFiled filed(SupportRequest request, java.util.UUID id) {
		return new SupportRequestFiled(id, request.reference(), request.runId(), request.createdAt());
	}

}
