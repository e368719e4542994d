package app.stepwise.escalation.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code stepwise.notifications.*}: who hears of new support requests. Everything is off
 * until configured.
 *
 * @param mail e-mail to the team, on when {@code mail.to} is set
 * @param webhook a signed JSON post, on when {@code webhook.url} is set
 * @param retry how failed notifications are retried
 * @param purge how long completed notifications are kept
 */
@ConfigurationProperties("stepwise.notifications")
public record NotificationProperties(@DefaultValue Mail mail, @DefaultValue Webhook webhook, @DefaultValue Retry retry,
		@DefaultValue Purge purge) {

	/**
	 * @param to the team's addresses, comma-separated
	 * @param from the sender address
	 * @param language the team's language (a tag: en, sv, da, nb, sl); English is always
	 * added
	 */
	public record Mail(@DefaultValue List<String> to, @DefaultValue("stepwise@localhost") String from,
			@DefaultValue("en") String language) {
	}

	/**
	 * @param url where to post
	 * @param secret the key of the HMAC-SHA256 signature the receiver checks
	 * @param timeout how long to wait for the receiver
	 */
	public record Webhook(@Nullable URI url, @Nullable String secret, @DefaultValue("10s") Duration timeout) {
	}

	/**
	 * @param interval how often to look for failed notifications
	 * @param initialBackoff the wait before the first retry; doubled for each further one
	 * @param maxBackoff the longest wait between retries
	 * @param maxAttempts retries after which a notification is given up: logged once, and
	 * kept as a dead letter that support staff can send again
	 * @param staleAfter how long after an attempt began a notification still unfinished
	 * counts as failed (its server stopped); longer than any attempt takes
	 * @param batchSize the most notifications resubmitted in one round
	 */
	public record Retry(@DefaultValue("30s") Duration interval, @DefaultValue("30s") Duration initialBackoff,
			@DefaultValue("1h") Duration maxBackoff, @DefaultValue("20") int maxAttempts,
			@DefaultValue("10m") Duration staleAfter, @DefaultValue("100") int batchSize) {
	}

	/**
	 * @param completedAfter how long a completed notification stays in the outbox
	 * @param interval how often completed notifications are purged
	 */
	public record Purge(@DefaultValue("7d") Duration completedAfter, @DefaultValue("1h") Duration interval) {
	}

}
