package app.stepwise.escalation;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A notification about a support request that failed too often and was given up: it is no
 * longer retried until support staff send it again.
 *
 * @param id the notification's id
 * @param channel how it was to be sent
 * @param reference the request it is about
 * @param filedAt when the request was filed (and the notification first tried)
 * @param attempts how many times it was tried
 * @param givenUpAt when it was given up
 */
public record UndeliveredNotification(UUID id, Channel channel, String reference, Instant filedAt, int attempts,
		Instant givenUpAt) {

	/** The ways a notification is sent. */
	public enum Channel {

		MAIL, WEBHOOK, OTHER;

		/** The message key of the channel's name. */
		public String messageKey() {
			return "ui.notifications.channel." + name().toLowerCase(Locale.ROOT);
		}

	}

}
