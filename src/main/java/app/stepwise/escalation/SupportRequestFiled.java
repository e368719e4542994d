package app.stepwise.escalation;

import java.time.Instant;
import java.util.UUID;

/**
 * A support request was stored. Published in the transaction that stores it, so that
 * notifications are recorded in the outbox together with the request, or not at all.
 *
 * @param requestId also the idempotency key of every notification about it
 */
public record SupportRequestFiled(UUID requestId, String reference, UUID runId, Instant filedAt) {
}
