package app.stepwise.insight.map;

import java.util.ArrayList;
import java.util.List;

/**
 * How wide a text will be in the browser's sans-serif font, estimated without the font:
 * the server has no say in the reader's fonts, and fonts on a server are often missing.
 * The estimate errs on the wide side (widths of Arial/Roboto/Segoe UI, rounded up), so
 * that boxes laid out from it hold their text.
 */
final class TextMetrics {

	private static final String NARROW = "iljtfrI|!.,:;'’()[]{} ";

	private static final String WIDE = "mwMWÆæŒœ@%";

	private TextMetrics() {
	}

	/** The width of one line in pixels at the given font size. */
	static double width(String text, double fontSize, boolean bold) {
		double ems = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (NARROW.indexOf(c) >= 0) {
				ems += 0.32;
			}
			else if (WIDE.indexOf(c) >= 0) {
				ems += 0.92;
			}
			else if (Character.isUpperCase(c) || Character.isDigit(c)) {
				ems += 0.68;
			}
			else if (c > 0x2000) {
				// Symbols and arrows.
				ems += 1.0;
			}
			else {
				ems += 0.57;
			}
		}
		return ems * fontSize * (bold ? 1.08 : 1.0);
	}

	/**
	 * The text broken into lines no wider than {@code maxWidth}, at spaces where
	 * possible, and at most {@code maxLines} lines; a cut-off last line ends in an
	 * ellipsis.
	 */
	static List<String> wrap(String text, double maxWidth, double fontSize, boolean bold, int maxLines) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (width(candidate, fontSize, bold) <= maxWidth) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
			}
			String rest = word;
			while (width(rest, fontSize, bold) > maxWidth && rest.length() > 1) {
				int fit = fitting(rest, maxWidth, fontSize, bold);
				lines.add(rest.substring(0, fit));
				rest = rest.substring(fit);
			}
			line.append(rest);
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		if (lines.size() > maxLines) {
			List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
			kept.set(maxLines - 1, ellipsis(kept.get(maxLines - 1), maxWidth, fontSize, bold));
			return kept;
		}
		return lines;
	}

	private static int fitting(String word, double maxWidth, double fontSize, boolean bold) {
		int fit = 1;
		while (fit < word.length() && width(word.substring(0, fit + 1), fontSize, bold) <= maxWidth) {
			fit++;
		}
		return fit;
	}

	private static String ellipsis(String line, double maxWidth, double fontSize, boolean bold) {
		String cut = line;
		while (!cut.isEmpty() && width(cut + "…", fontSize, bold) > maxWidth) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut.stripTrailing() + "…";
	}

}
