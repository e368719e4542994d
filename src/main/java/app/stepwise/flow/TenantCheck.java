package app.stepwise.flow;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The checks a step may run against the tenant, as flow files name them in
 * {@code checks:}. Like {@link Condition}s, flow files only name them; what each one
 * reads and how is implemented elsewhere (the tenant feature), so a flow cannot ask for
 * anything that is not implemented, and the flow engine stays free of any connection.
 */
public enum TenantCheck {

	/** The account: exists, sign-in allowed, synced from on-premises, password age. */
	ACCOUNT("account"),

	/** Recent sign-ins: the last success and the recent failures with their reasons. */
	SIGN_INS("sign-ins"),

	/** The authentication methods the user has registered. */
	MFA("mfa"),

	/** Microsoft Entra ID Protection's risk state and level of the user. */
	RISK("risk"),

	/** Inbox rules that forward mail out of the organization, delete it or hide it. */
	INBOX_RULES("inbox-rules"),

	/** Directory roles the user holds. */
	ADMIN_ROLES("admin-roles"),

	/** Active incidents and advisories for Exchange Online and Microsoft Entra. */
	SERVICE_HEALTH("service-health");

	private final String id;

	TenantCheck(String id) {
		this.id = id;
	}

	/** The name flow files use. */
	public String id() {
		return id;
	}

	/** Whether the check is about one user (every check but service health). */
	public boolean concernsUser() {
		return this != SERVICE_HEALTH;
	}

	public static Optional<TenantCheck> byId(String id) {
		return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
	}

	/** Every name, for messages that list them. */
	public static String known() {
		return Arrays.stream(values()).map(TenantCheck::id).collect(Collectors.joining(", "));
	}

}
