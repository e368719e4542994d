package app.stepwise.escalation.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The outbox's numbers by channel, for
 * {@link app.stepwise.escalation.NotificationCounts}.
 */
@Component
public class NotificationBacklog {

	private final Outbox outbox;

	private final List<String> channels;

	NotificationBacklog(Outbox outbox, NotificationProperties properties) {
		this.outbox = outbox;
		List<String> configured = new ArrayList<>();
		if (!properties.mail().to().isEmpty()) {
			configured.add("mail");
		}
		if (properties.webhook().url() != null) {
			configured.add("webhook");
		}
		this.channels = List.copyOf(configured);
	}

	/** The channels that are configured. */
	public List<String> channels() {
		return channels;
	}

	/** A number of notifications on one channel in one state. */
	public record Count(String channel, String state, long count) {
	}

	/** How many notifications are pending, failed or given up, by channel. */
	public List<Count> counts() {
		return outbox.counts().stream().map(c -> new Count(c.channel(), c.state(), c.count())).toList();
	}

}
