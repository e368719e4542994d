package app.stepwise.escalation;

import app.stepwise.escalation.internal.NotificationBacklog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How many notifications wait, failed (and will be retried) or were given up, per
 * channel: numbers only, for metrics. They come from the database, so every server sees
 * the same; they are read at most every {@link #FRESH} however often they are asked for.
 */
@Component
public class NotificationCounts {

	private static final Logger log = LoggerFactory.getLogger(NotificationCounts.class);

	static final Duration FRESH = Duration.ofSeconds(10);

	/** The states counted. */
	public static final List<String> STATES = List.of("pending", "failed", "given-up");

	/** A number of notifications on one channel in one state. */
	public record Count(String channel, String state, long count) {
	}

	private final NotificationBacklog backlog;

	private final Clock clock;

	private List<Count> last = List.of();

	private Instant readAt = Instant.MIN;

	NotificationCounts(NotificationBacklog backlog, Clock clock) {
		this.backlog = backlog;
		this.clock = clock;
	}

	/** The channels that are configured: {@code mail}, {@code webhook}. */
	public List<String> channels() {
		return backlog.channels();
	}

	/** How many notifications of the channel are in the state now (or very recently). */
	public synchronized long count(String channel, String state) {
		Instant now = clock.instant();
		if (!now.isBefore(readAt.plus(FRESH))) {
			try {
				last = backlog.counts().stream().map(c -> new Count(c.channel(), c.state(), c.count())).toList();
			}
			catch (RuntimeException e) {
				// The database is away: keep showing the last numbers rather than none.
				log.debug("Could not count notifications", e);
			}
			readAt = now;
		}
		return last.stream()
			.filter(c -> c.channel().equals(channel) && c.state().equals(state))
			.mapToLong(Count::count)
			.sum();
	}

}
