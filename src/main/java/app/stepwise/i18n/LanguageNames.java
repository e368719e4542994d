package app.stepwise.i18n;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The names of the languages, as CLDR gives them through ICU, worked out once for the
 * whole application: a handful of short strings, so that no screen or session holds a
 * formatter of its own. CLDR knows how each language capitalizes a language's name in a
 * menu (Swedish and Danish start it with a capital there, Norwegian and Slovenian do not)
 * and in the middle of a sentence (all four write it in lower case).
 */
final class LanguageNames {

	/** Each language named in itself, as a menu or a list shows it. */
	private static final Map<Language, String> IN_MENUS = names(DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU);

	/**
	 * Each language named in the reader's language, inside a sentence: reader → named →
	 * name.
	 */
	private static final Map<Language, Map<Language, String>> IN_SENTENCES = inSentences();

	private LanguageNames() {
	}

	static String inMenu(Language language) {
		return IN_MENUS.get(language);
	}

	static String inSentence(Language named, Language reader) {
		return IN_SENTENCES.get(reader).get(named);
	}

	private static Map<Language, String> names(DisplayContext capitalization) {
		Map<Language, String> names = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			names.put(language, LocaleDisplayNames.getInstance(language.uLocale(), capitalization)
				.localeDisplayName(language.uLocale()));
		}
		return Collections.unmodifiableMap(names);
	}

	private static Map<Language, Map<Language, String>> inSentences() {
		Map<Language, Map<Language, String>> byReader = new EnumMap<>(Language.class);
		for (Language reader : Language.values()) {
			LocaleDisplayNames names = LocaleDisplayNames.getInstance(reader.uLocale(),
					DisplayContext.CAPITALIZATION_FOR_MIDDLE_OF_SENTENCE);
			Map<Language, String> named = new EnumMap<>(Language.class);
			Arrays.stream(Language.values()).forEach(l -> named.put(l, names.localeDisplayName(l.uLocale())));
			byReader.put(reader, Collections.unmodifiableMap(named));
		}
		return Collections.unmodifiableMap(byReader);
	}

}
