package app.stepwise.flow;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a {@link TenantCheck} can find that points to an answer: flow files write
 * {@code suggested-by: account-blocked} on an answer, and when the step's check finds
 * that, the answer is suggested with the evidence. The operator still chooses. Each
 * signal belongs to one check, which the step must run for the suggestion to appear.
 */
public enum CheckSignal {

	/** Sign-in is blocked for the account ({@code accountEnabled} is false). */
	ACCOUNT_BLOCKED("account-blocked", TenantCheck.ACCOUNT),

	/** A recent sign-in failed because the account was locked. */
	SIGN_INS_LOCKED("sign-ins-locked", TenantCheck.SIGN_INS),

	/** Sign-ins failed since the last successful one. */
	SIGN_INS_FAILING("sign-ins-failing", TenantCheck.SIGN_INS),

	/** No method besides the password is registered. */
	MFA_NONE("mfa-none", TenantCheck.MFA),

	/** Identity Protection considers the user at risk or confirmed compromised. */
	RISK_AT_RISK("risk-at-risk", TenantCheck.RISK),

	/**
	 * An inbox rule forwards or redirects outside the organization, deletes, or hides
	 * mail.
	 */
	INBOX_RULES_SUSPICIOUS("inbox-rules-suspicious", TenantCheck.INBOX_RULES),

	/** The user holds at least one directory role. */
	ADMIN_ROLES_HELD("admin-roles-held", TenantCheck.ADMIN_ROLES),

	/** The user holds no directory role. */
	ADMIN_ROLES_NONE("admin-roles-none", TenantCheck.ADMIN_ROLES),

	/** Microsoft has an active incident or advisory for Exchange Online or Entra. */
	SERVICE_INCIDENT("service-incident", TenantCheck.SERVICE_HEALTH);

	private final String id;

	private final TenantCheck check;

	CheckSignal(String id, TenantCheck check) {
		this.id = id;
		this.check = check;
	}

	/** The name flow files use. */
	public String id() {
		return id;
	}

	/** The check that finds it. */
	public TenantCheck check() {
		return check;
	}

	public static Optional<CheckSignal> byId(String id) {
		return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
	}

	/** Every name, for messages that list them. */
	public static String known() {
		return Arrays.stream(values()).map(CheckSignal::id).collect(Collectors.joining(", "));
	}

}
