/**
 * The connection to the tenants: configuration and its checks, client credentials, a
 * Graph client that can only send {@code GET}, and the checks. Not part of the feature's
 * API.
 */
@NullMarked
package app.stepwise.tenant.internal;

import org.jspecify.annotations.NullMarked;
