package app.stepwise.escalation;

import java.time.Duration;

/**
 * Sends a notification at most once, whichever server or retry attempts it: the protocol
 * the team's notifications use, offered to other features that notify somebody from the
 * outbox (an event handled by an {@code @ApplicationModuleListener}, retried with the
 * team's notifications when it fails).
 */
public interface NotificationDelivery {

	/**
	 * Sends unless it was delivered under the same key before.
	 * @param key the channel and idempotency key, unique to the notification
	 * @param hold longer than any attempt can take to send
	 * @param what the notification, for messages
	 * @param send sends it, or throws (then the next attempt may send it)
	 * @return true if this call sent it, false if it had been delivered already
	 * @throws IllegalStateException if another attempt is sending it right now
	 */
	boolean deliverOnce(String key, Duration hold, String what, Runnable send);

}
