package app.stepwise.reminders.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds reminders that are due and hands each to the outbox once: the claim and the event
 * ({@link ReminderDue}) are written in one transaction, so a reminder is either claimed
 * and on its way, or neither. Every server may look at once; each reminder is claimed by
 * one.
 */
public class DueReminders {

	private static final Logger log = LoggerFactory.getLogger(DueReminders.class);

	private static final int BATCH = 100;

	private final ReminderStore store;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public DueReminders(ReminderStore store, PlatformTransactionManager transactionManager,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.transactions = new TransactionTemplate(transactionManager);
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Claims and publishes what is due now.
	 * @return how many reminders this call claimed
	 */
	public int sendDue() {
		Instant now = clock.instant();
		int claimed = 0;
		for (UUID id : store.due(now, BATCH)) {
			Boolean mine = transactions.execute(tx -> {
				if (!store.claim(id, now)) {
					return false;
				}
				events.publishEvent(ReminderDue.of(id));
				return true;
			});
			if (Boolean.TRUE.equals(mine)) {
				claimed++;
			}
		}
		if (claimed > 0) {
			log.info("{} reminders are due and on their way", claimed);
		}
		return claimed;
	}

}
