package app.stepwise.escalation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a valid support request looks like. The form shows these problems next to the
 * fields; the service refuses a request that has any, so nothing invalid is stored
 * whichever way it arrives.
 */
public final class RequestRules {

	/** Microsoft Entra ID allows at most 113 characters in a user principal name. */
	public static final int MAX_AFFECTED_USER = 113;

	public static final int MAX_DESCRIPTION = 4000;

	/** The longest address SMTP allows. */
	public static final int MAX_EMAIL = 254;

	public static final int MAX_PHONE = 32;

	public static final String REQUIRED = "ui.escalation.error.required";

	public static final String TOO_LONG = "ui.escalation.error.too-long";

	public static final String NOT_A_UPN = "ui.escalation.error.upn";

	public static final String NOT_AN_EMAIL = "ui.escalation.error.email";

	public static final String NOT_A_PHONE = "ui.escalation.error.phone";

	public static final String PHONE_NEEDED = "ui.escalation.error.phone-needed";

	/**
	 * A name, an {@code @} and a domain with at least one dot: what both e-mail addresses
	 * and user principal names look like. Deliberately loose; only the recipient's server
	 * knows for sure.
	 */
	private static final Pattern ADDRESS = Pattern
		.compile("[\\p{L}\\p{N}.!#$%&’'*+/=?^_`{|}~-]+@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
				+ "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)*\\.\\p{L}{2,}");

	/** Digits with the usual separators and an optional leading plus. */
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]+");

	private static final int MIN_PHONE_DIGITS = 5;

	private RequestRules() {
	}

	/** Every problem of the input. */
	public static List<InputProblem> check(RequestInput input) {
		List<InputProblem> problems = new ArrayList<>();
		affectedUser(input.getAffectedUser()).ifPresent(problems::add);
		description(input.getDescription()).ifPresent(problems::add);
		contactEmail(input.getContactEmail()).ifPresent(problems::add);
		contactPhone(input.getContactPhone(), input.getPreferredContact()).ifPresent(problems::add);
		return problems;
	}

	public static Optional<InputProblem> affectedUser(String value) {
		return required(RequestField.AFFECTED_USER, value, MAX_AFFECTED_USER)
			.or(() -> matches(RequestField.AFFECTED_USER, ADDRESS, value, NOT_A_UPN));
	}

	public static Optional<InputProblem> description(String value) {
		return required(RequestField.DESCRIPTION, value, MAX_DESCRIPTION);
	}

	public static Optional<InputProblem> contactEmail(String value) {
		return required(RequestField.CONTACT_EMAIL, value, MAX_EMAIL)
			.or(() -> matches(RequestField.CONTACT_EMAIL, ADDRESS, value, NOT_AN_EMAIL));
	}

	/** A phone number is needed only when the operator prefers to be called. */
	public static Optional<InputProblem> contactPhone(String value, ContactMethod preferred) {
		String phone = value.strip();
		if (phone.isEmpty()) {
			return preferred == ContactMethod.PHONE
					? Optional.of(new InputProblem(RequestField.CONTACT_PHONE, PHONE_NEEDED, Map.of()))
					: Optional.empty();
		}
		return tooLong(RequestField.CONTACT_PHONE, phone, MAX_PHONE).or(() -> {
			boolean valid = PHONE.matcher(phone).matches()
					&& phone.chars().filter(Character::isDigit).count() >= MIN_PHONE_DIGITS;
			return valid ? Optional.empty()
					: Optional.of(new InputProblem(RequestField.CONTACT_PHONE, NOT_A_PHONE, Map.of()));
		});
	}

	private static Optional<InputProblem> required(RequestField field, String value, int max) {
		if (value.isBlank()) {
			return Optional.of(new InputProblem(field, REQUIRED, Map.of()));
		}
		return tooLong(field, value.strip(), max);
	}

	static Optional<InputProblem> tooLong(RequestField field, String value, int max) {
		return value.length() > max ? Optional.of(new InputProblem(field, TOO_LONG, Map.of("max", max)))
				: Optional.empty();
	}

	private static Optional<InputProblem> matches(RequestField field, Pattern pattern, String value, String key) {
		return pattern.matcher(value.strip()).matches() ? Optional.empty()
				: Optional.of(new InputProblem(field, key, Map.of()));
	}

}
