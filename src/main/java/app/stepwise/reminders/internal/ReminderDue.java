package app.stepwise.reminders.internal;

import java.util.UUID;

/**
 * A reminder was claimed for sending: stored in the outbox with the claim, in one
 * transaction, and handled by {@link ReminderMailer}, which is retried like the team's
 * notifications when it fails.
 *
 * @param reminderId the reminder
 * @param reference a short name for logs and dead letters
 */
public record ReminderDue(UUID reminderId, String reference) {

	static ReminderDue of(UUID reminderId) {
		return new ReminderDue(reminderId, "R-" + reminderId.toString().substring(0, 8));
	}

}
