package app.stepwise.escalation.internal;

import static app.stepwise.base.SqlTimes.at;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which notifications are being sent and which were delivered, by channel and idempotency
 * key, so that one is never sent twice: an attempt claims the key before it sends,
 * records the delivery after the receiver accepted, and releases the claim if sending
 * failed. A claim older than its hold time counts as abandoned (the sender stopped), so a
 * crash delays a notification but never loses it.
 *
 * <p>
 * Each step commits on its own, outside the listener's transaction, so that other
 * attempts see it at once. {@link #deliverOnce} is the protocol in one place; every
 * channel sends through it.
 */
@Component
class DeliveryLedger {

	/** What an attempt may do with a key. */
	enum Claim {

		/** Send it: this attempt holds the key now. */
		CLAIMED,
		/** Already delivered: do nothing. */
		DELIVERED,
		/** Another attempt is sending it right now: try again later. */
		BUSY

	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate own;

	private final Clock clock;

	DeliveryLedger(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactionManager);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** What {@link #deliverOnce} did. */
	enum Delivery {

		/** This attempt sent it, and the receiver accepted it. */
		SENT,
		/** An earlier attempt had delivered it: nothing was sent. */
		ALREADY_DELIVERED

	}

	/**
	 * Sends a notification unless it was delivered already: claims the key, sends, and
	 * records the delivery; if sending fails (or the thread is stopped), releases the
	 * claim so that the next attempt may send at once, and passes the failure on.
	 * @param key the channel and idempotency key
	 * @param hold longer than any attempt can take to send
	 * @param what the notification, for messages
	 * @param send sends it, or throws
	 * @throws NotificationBusyException if another attempt is sending it right now
	 */
	Delivery deliverOnce(String key, Duration hold, String what, Runnable send) {
		switch (claim(key, hold)) {
			case DELIVERED -> {
				return Delivery.ALREADY_DELIVERED;
			}
			case BUSY -> throw new NotificationBusyException(what);
			case CLAIMED -> {
			}
		}
		try {
			send.run();
		}
		catch (RuntimeException | Error e) {
			forgetInterruption();
			release(key);
			throw e;
		}
		forgetInterruption();
		delivered(key);
		return Delivery.SENT;
	}

	/**
	 * A send interrupted at shutdown ends the attempt, which fails or has succeeded; the
	 * flag must not stay set while the outcome is written: the embedded H2 closes its
	 * database file when a thread whose interrupt flag is set writes to it.
	 */
	private static void forgetInterruption() {
		Thread.interrupted();
	}

	/** Another attempt holds the key: this one sends nothing and fails, to be retried. */
	static final class NotificationBusyException extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		NotificationBusyException(String what) {
			super(what + " is being sent by another attempt; it will be checked again");
		}

	}

	/**
	 * Claims the key for one attempt.
	 * @param hold how long a claim protects an attempt in progress
	 */
	Claim claim(String key, Duration hold) {
		Instant now = clock.instant();
		try {
			own.executeWithoutResult(tx -> jdbc
				.update("INSERT INTO notification_delivery (delivery_key, claimed_at) VALUES (?, ?)", key, at(now)));
			return Claim.CLAIMED;
		}
		catch (DuplicateKeyException e) {
			Integer taken = own.execute(tx -> jdbc.update(
					"UPDATE notification_delivery SET claimed_at = ? WHERE delivery_key = ? AND delivered_at IS NULL"
							+ " AND (claimed_at IS NULL OR claimed_at < ?)",
					at(now), key, at(now.minus(hold))));
			if (taken != null && taken == 1) {
				return Claim.CLAIMED;
			}
			Integer delivered = own.execute(tx -> jdbc.queryForObject(
					"SELECT COUNT(*) FROM notification_delivery WHERE delivery_key = ? AND delivered_at IS NOT NULL",
					Integer.class, key));
			return delivered != null && delivered > 0 ? Claim.DELIVERED : Claim.BUSY;
		}
	}

	/** The receiver accepted it: the key is never sent again. */
	void delivered(String key) {
		own.executeWithoutResult(tx -> jdbc.update(
				"UPDATE notification_delivery SET delivered_at = ?, claimed_at = NULL WHERE delivery_key = ?",
				at(clock.instant()), key));
	}

	/** Sending failed: the next attempt may claim the key at once. */
	void release(String key) {
		own.executeWithoutResult(tx -> jdbc.update(
				"UPDATE notification_delivery SET claimed_at = NULL WHERE delivery_key = ? AND delivered_at IS NULL",
				key));
	}

}
