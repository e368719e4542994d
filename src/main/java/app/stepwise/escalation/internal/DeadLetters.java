package app.stepwise.escalation.internal;

import app.stepwise.escalation.UndeliveredNotification;
import app.stepwise.escalation.UndeliveredNotification.Channel;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The notifications given up, as {@link app.stepwise.escalation.UndeliveredNotifications}
 * shows them; see {@link NotificationRetry} for how they get there.
 */
@Component
public class DeadLetters {

	private final Outbox outbox;

	DeadLetters(Outbox outbox) {
		this.outbox = outbox;
	}

	/** Every notification given up, most recently given up first. */
	public List<UndeliveredNotification> list() {
		return outbox.deadLetters()
			.stream()
			.map(d -> new UndeliveredNotification(d.id(), channel(d.channel()), d.reference(), d.publishedAt(),
					d.attempts(), d.givenUpAt()))
			.toList();
	}

	/** Puts one back into the outbox; false if it is no longer given up. */
	public boolean sendAgain(UUID id) {
		return outbox.sendAgain(id);
	}

	private static Channel channel(String name) {
		try {
			return Channel.valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return Channel.OTHER;
		}
	}

}
