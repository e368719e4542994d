package app.stepwise.wizard;

import org.jspecify.annotations.Nullable;

/**
 * Whom and where a run is about, once the operator has said so: the tenant (by the id
 * configured for it) and the affected user's user principal name. Either may be unknown:
 * a run without a connected tenant, or one not about a single user, has neither.
 *
 * @param tenantId the configured tenant's id, or null
 * @param affectedUser the affected user's user principal name, or null
 */
public record RunSubject(@Nullable String tenantId, @Nullable String affectedUser) {

	/** Nothing known yet. */
	public static final RunSubject NONE = new RunSubject(null, null);

	public RunSubject {
		tenantId = blankToNull(tenantId);
		affectedUser = blankToNull(affectedUser);
	}

	public boolean isKnown() {
		return tenantId != null || affectedUser != null;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
