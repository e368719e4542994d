/**
 * Tenant checks: what Microsoft Graph says about a user and about Microsoft's services,
 * read-only, for the tenants Stepwise is configured to read. {@link TenantChecks} is the
 * service the screens call; the results are facts as message keys with arguments, never
 * text. The connection (configuration, tokens, the Graph client, the checks themselves)
 * is in {@code internal}; a demo tenant for development in {@code dev}.
 */
@NullMarked
package app.stepwise.tenant;

import org.jspecify.annotations.NullMarked;
