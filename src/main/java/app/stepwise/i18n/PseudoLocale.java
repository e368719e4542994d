package app.stepwise.i18n;

import java.util.Locale;

/**
 * A development-only locale that shows English accented and about 40% longer, in
 * brackets, to spot text that is not translated (it stays plain) and layouts that clip
 * longer languages.
 */
public final class PseudoLocale {

	/** The tag of the pseudo-locale, as in {@code ?lang=en-XA}. */
	public static final String TAG = "en-XA";

	public static final Locale LOCALE = Locale.forLanguageTag(TAG);

	private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

	private static final String ACCENTED = "àƀçđéƒĝĥíĵķĺɱñöþǫŕšţüṽŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹṀÑÖÞǪŔŠŢÜṼŴẊÝŽ";

	private PseudoLocale() {
	}

	public static boolean is(Locale locale) {
		return LOCALE.equals(locale);
	}

	static String transform(String text) {
		StringBuilder out = new StringBuilder(text.length() * 3 / 2 + 2).append('[');
		text.codePoints().forEach(c -> {
			int i = c < 128 ? PLAIN.indexOf(c) : -1;
			out.appendCodePoint(i >= 0 ? ACCENTED.codePointAt(ACCENTED.offsetByCodePoints(0, i)) : c);
		});
		int padding = (int) Math.ceil(text.length() * 0.4);
		for (int i = 0; i < padding; i++) {
			out.append(i % 2 == 0 ? '~' : '·');
		}
		return out.append(']').toString();
	}

}
