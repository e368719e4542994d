package app.stepwise.tenant;

import app.stepwise.flow.TenantCheck;
import java.time.Instant;

/**
 * A check was read from a tenant (asked of Microsoft, not taken from the results kept for
 * a minute): which check, how it went. Says nothing about the user.
 *
 * @param tenantId the tenant's configured id
 * @param at when it was read
 */
public record TenantChecked(String tenantId, TenantCheck check, CheckStatus status, Instant at) {
}
