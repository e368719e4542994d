package app.stepwise.insight.map;

/**
 * Text made safe for SVG (XML) content and attribute values: markup characters become
 * entities, and characters XML cannot hold become the replacement character. Every text
 * and attribute value of a map passes through here.
 */
public final class SvgText {

	private SvgText() {
	}

	public static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
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
					else if (allowed(c)) {
						out.append(c);
					}
					else {
						out.append('\uFFFD');
					}
				}
			}
		}
		return out.toString();
	}

	/** Characters XML 1.0 allows on their own (surrogate pairs are handled above). */
	private static boolean allowed(char c) {
		return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
	}

}
