package app.stepwise.i18n;

import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Stepwise speaks. English is the source of every text and the fallback.
 */
public enum Language {

	ENGLISH("en"), SWEDISH("sv"), DANISH("da"), NORWEGIAN_BOKMAL("nb"), SLOVENIAN("sl");

	private static final Language[] ALL = values();

	private final String tag;

	private final Locale locale;

	private final ULocale uLocale;

	Language(String tag) {
		this.tag = tag;
		this.locale = Locale.forLanguageTag(tag);
		this.uLocale = ULocale.forLanguageTag(tag);
	}

	/**
	 * The BCP 47 tag, as used in {@code ?lang=}, in the page's {@code lang} and in bundle
	 * names.
	 */
	public String tag() {
		return tag;
	}

	public Locale locale() {
		return locale;
	}

	public ULocale uLocale() {
		return uLocale;
	}

	/**
	 * The language's name in itself, capitalized as CLDR has it for a menu or a list: the
	 * language picker shows "English", "Svenska", "Dansk", "norsk bokmål", "slovenščina".
	 */
	public String nativeName() {
		return LanguageNames.inMenu(this);
	}

	/**
	 * The language's name in the reader's language as it stands inside a sentence, e.g.
	 * "dansk" in "Kopiér resuméet på dansk".
	 */
	public String nameInSentence(Language reader) {
		return LanguageNames.inSentence(this, reader);
	}

	/** The bundle file holding this language's messages. */
	public String bundleFile() {
		return this == ENGLISH ? "messages.properties" : "messages_" + tag + ".properties";
	}

	public static Optional<Language> byTag(String tag) {
		// Asked several times per request (every message, every locale match): a plain
		// loop
		// over one shared array, not a stream over a new copy of values().
		for (Language language : ALL) {
			if (language.tag.equalsIgnoreCase(tag)) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}

	/**
	 * The supported language for a locale, by exact language match only; see
	 * {@link LanguageResolver}.
	 */
	public static Optional<Language> of(Locale locale) {
		return byTag(locale.getLanguage());
	}

	/**
	 * The language a reader with this locale reads: their own where Stepwise speaks it,
	 * English otherwise.
	 */
	public static Language orEnglish(Locale locale) {
		return of(locale).orElse(ENGLISH);
	}

}
