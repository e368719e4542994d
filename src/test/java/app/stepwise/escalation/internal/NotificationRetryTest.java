package app.stepwise.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * When a failed notification is tried again: after a pause that doubles, up to a limit.
 */
class NotificationRetryTest {

	private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

	private final NotificationRetry retry = new NotificationRetry(options -> {
	}, null, null, new NotificationProperties(new NotificationProperties.Mail(List.of(), "x@contoso.com", "en"),
			new NotificationProperties.Webhook(URI.create("https://hooks.contoso.com"), null, Duration.ofSeconds(5)),
			new NotificationProperties.Retry(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofMinutes(4), 5,
					Duration.ofMinutes(10), 100),
			new NotificationProperties.Purge(Duration.ofDays(7), Duration.ofHours(1))),
			Clock.fixed(NOW, ZoneOffset.UTC), null);

	private static Outbox.Failed failed(int attempts, Instant published, @Nullable Instant lastRetry) {
		return new Outbox.Failed(UUID.randomUUID(), published, lastRetry, attempts);
	}

	@Test
	void thePauseDoublesWithEveryAttemptUpToTheMaximum() {
		assertThat(retry.backoff(0)).isEqualTo(Duration.ofSeconds(30));
		assertThat(retry.backoff(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(retry.backoff(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(retry.backoff(3)).isEqualTo(Duration.ofMinutes(4));
		assertThat(retry.backoff(10)).isEqualTo(Duration.ofMinutes(4));
	}

	@Test
	void aFailedNotificationIsRetriedOnlyOnceItsPauseIsOver() {
		assertThat(retry.due(failed(0, NOW.minusSeconds(10), null), NOW)).isFalse();
		assertThat(retry.due(failed(0, NOW.minusSeconds(30), null), NOW)).isTrue();
		assertThat(retry.due(failed(2, NOW.minusSeconds(3600), NOW.minusSeconds(90)), NOW)).isFalse();
		assertThat(retry.due(failed(2, NOW.minusSeconds(3600), NOW.minusSeconds(120)), NOW)).isTrue();
	}

}
