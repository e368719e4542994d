/**
 * Persistence, reference numbers, CSV export and notifications of support requests. Not
 * for other features: they use {@link app.stepwise.escalation.SupportRequests}.
 */
@NullMarked
package app.stepwise.escalation.internal;

import org.jspecify.annotations.NullMarked;
