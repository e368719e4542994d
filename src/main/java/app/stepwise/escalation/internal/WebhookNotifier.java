package app.stepwise.escalation.internal;

import app.stepwise.base.ui.Markup;
import app.stepwise.escalation.RequestSummaries;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequestFiled;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts each new support request as JSON to a configured URL, signed with HMAC-SHA256
 * over the exact body ({@value #SIGNATURE}: {@code sha256=<hex>}) and carrying an
 * {@value #IDEMPOTENCY_KEY} (the request's id).
 *
 * <p>
 * Runs from the outbox: a receiver that is down or answers with an error marks the
 * notification failed, and {@link NotificationRetry} tries again with growing pauses.
 * Once a receiver has accepted a key, the key is recorded and never posted again; the one
 * case left (the receiver accepted, but Stepwise stopped before recording it) sends the
 * same key again, which is what the header is for.
 */
@Component
@ConditionalOnProperty(prefix = "stepwise.notifications.webhook", name = "url")
class WebhookNotifier {

	private static final Logger log = LoggerFactory.getLogger(WebhookNotifier.class);

	static final String CHANNEL = "webhook:";

	static final String SIGNATURE = "X-Stepwise-Signature";

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	static final String EVENT = "X-Stepwise-Event";

	static final String FILED = "support-request-filed";

	private final URI url;

	private final SecretKeySpec key;

	private final Duration timeout;

	private final HttpClient client;

	private final NotifiedRequests requests;

	private final RequestSummaries summaries;

	private final Messages messages;

	private final DeliveryLedger ledger;

	/** Longer than any post can take, so a claim outlives the attempt that holds it. */
	private final Duration hold;

	private final JsonMapper json;

	WebhookNotifier(NotificationProperties properties, NotifiedRequests requests, RequestSummaries summaries,
			Messages messages, DeliveryLedger ledger, JsonMapper json) {
		NotificationProperties.Webhook webhook = properties.webhook();
		if (webhook.url() == null
				|| !(webhook.url().getScheme().equals("https") || webhook.url().getScheme().equals("http"))) {
			throw new IllegalStateException("stepwise.notifications.webhook.url must be an http(s) address");
		}
		if (webhook.secret() == null || webhook.secret().length() < 16) {
			throw new IllegalStateException(
					"stepwise.notifications.webhook.secret must be set, at least 16 characters, when the webhook is on");
		}
		this.url = webhook.url();
		this.key = new SecretKeySpec(webhook.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		this.timeout = webhook.timeout();
		this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
		this.requests = requests;
		this.summaries = summaries;
		this.messages = messages;
		this.ledger = ledger;
		this.hold = timeout.multipliedBy(3);
		this.json = json;
	}

	@ApplicationModuleListener
	void on(SupportRequestFiled filed) {
		deliver(filed);
	}

	/**
	 * Posts the request unless its key was delivered already; fails (to be retried) if
	 * the post fails or another attempt is posting it right now.
	 */
	void deliver(SupportRequestFiled filed) {
		String idempotencyKey = filed.requestId().toString();
		String what = "Webhook for " + filed.reference();
		if (ledger.deliverOnce(CHANNEL + idempotencyKey, hold, what,
				() -> post(filed, idempotencyKey)) == DeliveryLedger.Delivery.ALREADY_DELIVERED) {
			log.info("{} was already delivered", what);
		}
		else {
			log.info("{} delivered", what);
		}
	}

	private void post(SupportRequestFiled filed, String idempotencyKey) {
		SupportRequest request = requests.read(filed);
		byte[] body = json.writeValueAsBytes(payload(request, idempotencyKey));
		HttpRequest post = HttpRequest.newBuilder(url)
			.timeout(timeout)
			.header("Content-Type", "application/json; charset=utf-8")
			.header(IDEMPOTENCY_KEY, idempotencyKey)
			.header(EVENT, FILED)
			.header(SIGNATURE, "sha256=" + sign(body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		int status = send(post);
		if (status < 200 || status >= 300) {
			throw new IllegalStateException(
					"Webhook for " + filed.reference() + " answered " + status + "; it will be retried");
		}
	}

	private int send(HttpRequest post) {
		try {
			return client.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Webhook receiver unreachable; it will be retried", e);
		}
		catch (InterruptedException e) {
			// Stopped at shutdown: the attempt fails, to be retried. The flag is not kept
			// (see DeliveryLedger#deliverOnce).
			throw new IllegalStateException("Interrupted while posting the webhook; it will be retried", e);
		}
	}

	/** The hex HMAC-SHA256 of the body, as the signature header carries it. */
	String sign(byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is not available", e);
		}
	}

	private Map<String, Object> payload(SupportRequest request, String idempotencyKey) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("event", FILED);
		body.put("idempotencyKey", idempotencyKey);
		body.put("reference", request.reference());
		body.put("filedAt", DateTimeFormatter.ISO_INSTANT.format(request.createdAt()));
		body.put("status", request.status().id());
		body.put("flow", Map.of("id", request.flowId(), "version", request.flowVersion(), "title",
				english(request.flowTitleKey())));
		body.put("step", Map.of("flowId", request.stepFlowId(), "id", request.stepId(), "title",
				english(request.stepTitleKey()), "outcome", request.atOutcome()));
		body.put("cloud", request.cloud().id());
		body.put("language", request.language().tag());
		body.put("affectedUser", request.affectedUser());
		Map<String, Object> operator = new LinkedHashMap<>();
		operator.put("name", request.operatorName());
		operator.put("principal", request.operatorPrincipal());
		body.put("operator", operator);
		body.put("contact", Map.of("email", request.contactEmail(), "phone", request.contactPhone(), "preferred",
				request.preferredContact().id()));
		body.put("description", request.description());
		body.put("checks", request.transcript().size());
		body.put("tenantChecks", tenantChecks(request));
		body.put("summary", summaries.text(request, Language.ENGLISH));
		return body;
	}

	/**
	 * What tenant checks showed, for receivers that file it: each check with its tenant,
	 * step, result and facts in English.
	 */
	private List<Map<String, Object>> tenantChecks(SupportRequest request) {
		return request.evidence().stream().map(evidence -> {
			Map<String, Object> check = new LinkedHashMap<>();
			check.put("check", evidence.check());
			check.put("tenant", evidence.tenantId());
			check.put("step", Map.of("flowId", evidence.stepFlowId(), "id", evidence.stepId()));
			check.put("result", evidence.status());
			check.put("checkedAt", DateTimeFormatter.ISO_INSTANT.format(evidence.readAt()));
			check.put("facts",
					evidence.lines()
						.stream()
						.map(line -> Markup.plain(messages.get(Language.ENGLISH, line.key(),
								line.arguments(t -> summaries.time(Language.ENGLISH, t)))))
						.toList());
			return check;
		}).toList();
	}

	private String english(String key) {
		return Markup.plain(messages.get(Language.ENGLISH, key, Map.of()));
	}

}
