package app.stepwise.escalation.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reference numbers a person can read out on the phone: {@code SW-7K3F-9QMX}. Random, so
 * nobody can guess the next one; from an alphabet without look-alikes (no 0/O, 1/I/L, U),
 * so they survive being read aloud and typed again. 30⁸ ≈ 6.6 × 10¹¹ possibilities; the
 * database's unique constraint catches the rare repeat.
 */
public final class References {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final String PREFIX = "SW-";

	private static final int GROUP = 4;

	private static final Pattern FORMAT = Pattern.compile("SW-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");

	private final SecureRandom random = new SecureRandom();

	/** A new random reference. */
	public String next() {
		StringBuilder out = new StringBuilder(PREFIX);
		for (int i = 0; i < 2 * GROUP; i++) {
			if (i == GROUP) {
				out.append('-');
			}
			out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return out.toString();
	}

	/**
	 * A reference as someone typed it (any case, spaces or dashes anywhere, the prefix
	 * optional), in its stored form; nothing if it cannot be one.
	 */
	public static Optional<String> normalize(String typed) {
		String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
		if (compact.startsWith("SW")) {
			compact = compact.substring(2);
		}
		if (compact.length() != 2 * GROUP) {
			return Optional.empty();
		}
		String result = PREFIX + compact.substring(0, GROUP) + "-" + compact.substring(GROUP);
		return FORMAT.matcher(result).matches() ? Optional.of(result) : Optional.empty();
	}

}
