/**
 * Escalation: support requests filed from a run, stored in the database, with the
 * summaries a person pastes into a vendor's support form; the record of every finished
 * run; notifications of new requests. {@link app.stepwise.escalation.SupportRequests} is
 * the public face; {@code internal} holds persistence and notification.
 */
@NullMarked
package app.stepwise.escalation;

import org.jspecify.annotations.NullMarked;
