package app.stepwise.base;

import org.jspecify.annotations.Nullable;

/**
 * Makes text from outside safe to write into a log line: invisible and line-breaking
 * characters (control characters, right-to-left overrides and other format characters,
 * lone surrogates) become {@code \\uXXXX} and a backslash {@code \\\\} (as in JSON), and
 * long text is cut, so that nobody can forge log lines or hide text in them, and a huge
 * input makes a short line.
 */
public final class LogText {

	/** The most characters of one value that reach the log. */
	public static final int MAX_LENGTH = 200;

	private LogText() {
	}

	/** The text, escaped and cut to {@link #MAX_LENGTH} characters. */
	public static String of(@Nullable String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 16);
		int i = 0;
		while (i < text.length()) {
			if (i >= MAX_LENGTH) {
				out.append("…(").append(text.length()).append(" chars)");
				break;
			}
			int c = text.codePointAt(i);
			if (c == '\\') {
				out.append("\\\\");
			}
			else if (isHidden(c)) {
				for (char unit : Character.toChars(c)) {
					out.append(String.format("\\u%04x", (int) unit));
				}
			}
			else {
				out.appendCodePoint(c);
			}
			i += Character.charCount(c);
		}
		return out.toString();
	}

	/** Whether a character is invisible, breaks a line or moves text around. */
	static boolean isHidden(int c) {
		int type = Character.getType(c);
		return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
	}

}
