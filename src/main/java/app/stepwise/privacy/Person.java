package app.stepwise.privacy;

import java.util.Locale;

/**
 * Whom a request for personal data is about: a user principal name or e-mail address, as
 * Stepwise stores them, compared without regard to case.
 *
 * @param id the identifier, trimmed and in lower case
 */
public record Person(String id) {

	/** Longer than any e-mail address or user principal name can be. */
	static final int MAX_LENGTH = 254;

	public Person {
		if (id.isBlank() || id.length() > MAX_LENGTH || id.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException(
					"A person is named by a user principal name or e-mail address of at most " + MAX_LENGTH
							+ " characters, without control characters");
		}
	}

	/** The person named by an identifier as typed: trimmed, in lower case. */
	public static Person of(String identifier) {
		return new Person(identifier.strip().toLowerCase(Locale.ROOT));
	}

	/**
	 * A pattern for SQL {@code LIKE ... ESCAPE '\'} that finds the identifier anywhere in
	 * a text (compare with the text in lower case).
	 */
	public String containedPattern() {
		return "%" + id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
