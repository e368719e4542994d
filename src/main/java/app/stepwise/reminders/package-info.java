/**
 * Reminders to come back to a run when the wait of an action is over: asked for on the
 * step, stored, and mailed to the operator through the outbox when due. The screens' part
 * is in {@code reminders.ui}; the storage and sending in {@code reminders.internal}.
 */
@NullMarked
package app.stepwise.reminders;

import org.jspecify.annotations.NullMarked;
