package app.stepwise.tenant;

import app.stepwise.flow.Cloud;

/**
 * A tenant Stepwise can read, as people see it; its credentials stay inside the feature.
 *
 * @param id the short id from configuration, used in addresses, transcripts and the audit
 * log
 * @param name the name from configuration
 * @param cloud the tenant's cloud, which also sets the cloud of the wizard's links
 * @param demo whether this is the development demo tenant with made-up data
 */
public record Tenant(String id, String name, Cloud cloud, boolean demo) {
}
