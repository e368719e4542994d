package app.stepwise.tenant.internal;

import java.util.Map;

/**
 * Why a sign-in failed, in the few categories a person acts on, from the sign-in log's
 * {@code status.errorCode} (Microsoft Entra ID's AADSTS codes). The category is the
 * keyword the message {@code ui.tenant.sign-ins.failure} selects its text by.
 */
final class SignInReason {

	static final String LOCKED = "locked";

	static final String OTHER = "other";

	private static final Map<Integer, String> BY_CODE = Map.ofEntries(Map.entry(50053, LOCKED),
			Map.entry(50126, "wrongPassword"), Map.entry(50057, "disabled"), Map.entry(50055, "passwordExpired"),
			Map.entry(50144, "passwordExpired"), Map.entry(50072, "mfaRequired"), Map.entry(50074, "mfaRequired"),
			Map.entry(50076, "mfaRequired"), Map.entry(50079, "mfaRequired"), Map.entry(500121, "mfaFailed"),
			Map.entry(50131, "conditionalAccess"), Map.entry(53000, "conditionalAccess"),
			Map.entry(53001, "conditionalAccess"), Map.entry(53002, "conditionalAccess"),
			Map.entry(53003, "conditionalAccess"), Map.entry(53004, "conditionalAccess"));

	private SignInReason() {
	}

	/**
	 * The category of a failure: {@code locked} (50053), {@code wrongPassword} (50126),
	 * {@code disabled} (50057), {@code passwordExpired} (50055, 50144),
	 * {@code mfaRequired} (50072, 50074, 50076, 50079), {@code mfaFailed} (500121),
	 * {@code conditionalAccess} (50131, 53000-53004), else {@code other}.
	 */
	static String of(int errorCode) {
		return BY_CODE.getOrDefault(errorCode, OTHER);
	}

}
