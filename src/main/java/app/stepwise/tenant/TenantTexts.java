package app.stepwise.tenant;

import app.stepwise.flow.TenantCheck;

/**
 * The message keys of what the screens say around check results: each check's name, when
 * it was read, the demo tenant's label, and a suggestion's evidence. The results carry
 * their own keys ({@link Finding}).
 */
public final class TenantTexts {

	/** "Checked {time}". */
	public static final String READ_AT = "ui.tenant.read-at";

	/** The label that marks the demo tenant as made-up data. */
	public static final String DEMO = "ui.tenant.demo";

	/** A suggested answer's evidence: "{evidence} – checked {time}". */
	public static final String SUGGESTED = "ui.tenant.suggested";

	private TenantTexts() {
	}

	/** The key of a check's name, as a panel or a transcript shows it. */
	public static String title(TenantCheck check) {
		return switch (check) {
			case ACCOUNT -> "ui.tenant.check.account";
			case SIGN_INS -> "ui.tenant.check.sign-ins";
			case MFA -> "ui.tenant.check.mfa";
			case RISK -> "ui.tenant.check.risk";
			case INBOX_RULES -> "ui.tenant.check.inbox-rules";
			case ADMIN_ROLES -> "ui.tenant.check.admin-roles";
			case SERVICE_HEALTH -> "ui.tenant.check.service-health";
		};
	}

}
