package app.stepwise.reminders;

import java.time.Instant;
import java.util.UUID;

/**
 * A reminder asked for and not yet sent or cancelled.
 *
 * @param id its id
 * @param kind which end of the wait it comes at
 * @param address where it is mailed
 * @param dueAt when it is sent
 */
public record Reminder(UUID id, ReminderKind kind, String address, Instant dueAt) {
}
