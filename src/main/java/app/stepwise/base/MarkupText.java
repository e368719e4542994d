package app.stepwise.base;

/**
 * Text made safe for HTML or XML (SVG) content and attribute values: the five markup
 * characters become entities, and characters XML cannot hold (control characters, lone
 * surrogates, U+FFFE and U+FFFF) become the replacement character, so that a text is
 * shown as text whatever it holds and a page or an SVG stays well formed.
 */
public final class MarkupText {

	private MarkupText() {
	}

	public static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		escapeInto(out, text);
		return out.toString();
	}

	/** Appends the text, escaped, to what is being written. */
	public static void escapeInto(StringBuilder out, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (Character.isHighSurrogate(c) && i + 1 < text.length()
							&& Character.isLowSurrogate(text.charAt(i + 1))) {
						out.append(c).append(text.charAt(++i));
					}
					else {
						out.append(allowed(c) ? c : '\uFFFD');
					}
				}
			}
		}
	}

	/** Characters XML 1.0 allows on their own (surrogate pairs are taken above). */
	private static boolean allowed(char c) {
		return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
	}

}
