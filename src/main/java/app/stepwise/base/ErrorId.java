package app.stepwise.base;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Short ids that tie what a person sees after an error to the log entry with the details:
 * easy to read aloud and to type (no 0/O, 1/I/L), e.g. {@code K7QM-3XWD}.
 */
public final class ErrorId {

	private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private ErrorId() {
	}

	/** A new id. */
	public static String next() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder id = new StringBuilder(9);
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				id.append('-');
			}
			id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return id.toString();
	}

}
