package app.stepwise.tenant.internal;

import app.stepwise.tenant.Tenant;

/**
 * A configured tenant with what it takes to connect: its directory and its app's
 * credential.
 *
 * @param tenant the tenant as people see it
 * @param directory the Directory (tenant) ID or verified domain, for the token endpoint
 * @param credential the app registration's client credential
 */
record TenantSpec(Tenant tenant, String directory, ClientCredential credential) {
}
