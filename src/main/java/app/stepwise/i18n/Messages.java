package app.stepwise.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.TimeZone;
import java.text.FieldPosition;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Formats messages with ICU4J. Patterns are parsed once per language and key and shared
 * by all sessions; ICU's formats are not thread-safe, so each is used under its own lock,
 * which is held only for the formatting itself.
 *
 * <p>
 * A key missing in the reader's language is logged once. With {@code markMissing}
 * (development) it is shown as {@code ⟦tag:key⟧} so that nobody overlooks it; otherwise
 * the English text is shown. A key missing even in English is always shown marked: it
 * cannot be translated.
 */
public final class Messages {

	/** Starts every text shown for a missing message. */
	public static final String MISSING_MARK = "⟦";

	private static final Logger log = LoggerFactory.getLogger(Messages.class);

	private record CacheKey(Language language, String key) {
	}

	/** A message's pattern made ready for use. */
	private sealed interface Ready {

	}

	/**
	 * A pattern without arguments, plurals or quotes (most labels): its text as it is.
	 */
	private record Literal(String text) implements Ready {
	}

	/** Any other pattern: ICU's format of it, used by one thread at a time. */
	private record Format(MessageFormat format) implements Ready {
	}

	private final MessageBundles bundles;

	private final boolean markMissing;

	private final Map<CacheKey, Ready> formats = new ConcurrentHashMap<>();

	private final Set<CacheKey> reported = ConcurrentHashMap.newKeySet();

	/** Copied for each use, never used themselves. */
	private final Map<Language, DateFormat> dateTimeFormats = new ConcurrentHashMap<>();

	public Messages(MessageBundles bundles, boolean markMissing) {
		this.bundles = bundles;
		this.markMissing = markMissing;
	}

	public MessageBundles bundles() {
		return bundles;
	}

	/** The message for the locale's language without arguments. */
	public String get(Locale locale, String key) {
		return get(locale, key, Map.of());
	}

	/** The message for the locale's language, with named arguments. Never null. */
	public String get(Locale locale, String key, Map<String, ?> arguments) {
		if (PseudoLocale.is(locale)) {
			return PseudoLocale.transform(get(Language.ENGLISH, key, arguments));
		}
		return get(Language.orEnglish(locale), key, arguments);
	}

	public String get(Language language, String key, Map<String, ?> arguments) {
		return switch (ready(language, key)) {
			case null -> missing(language, key, arguments);
			case Literal literal -> literal.text();
			case Format format -> format(language, key, format.format(), arguments);
		};
	}

	private String format(Language language, String key, MessageFormat format, Map<String, ?> arguments) {
		try {
			synchronized (format) {
				return format.format(arguments, new StringBuffer(), new FieldPosition(0)).toString();
			}
		}
		catch (IllegalArgumentException e) {
			log.error("Message {} in {} cannot be formatted with {}", key, language.tag(), arguments.keySet(), e);
			return language == Language.ENGLISH ? MISSING_MARK + key + "⟧" : get(Language.ENGLISH, key, arguments);
		}
	}

	/** Whether the language has its own text for the key. */
	public boolean has(Language language, String key) {
		return bundles.pattern(language, key).isPresent();
	}

	/** A date and time as the reader's language writes it, in the reader's time zone. */
	public String dateTime(Locale locale, Instant instant, ZoneId zone) {
		// A format is not safe to share between threads, and making one looks up the
		// language's patterns, calendar and numbering: each language's is made once, and
		// a copy of it formats.
		DateFormat format = (DateFormat) dateTimeFormats
			.computeIfAbsent(Language.orEnglish(locale),
					language -> DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, language.uLocale()))
			.clone();
		format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
		return format.format(Date.from(instant));
	}

	private @Nullable Ready ready(Language language, String key) {
		CacheKey cacheKey = new CacheKey(language, key);
		Ready cached = formats.get(cacheKey);
		if (cached != null) {
			return cached;
		}
		return bundles.pattern(language, key)
			.map(pattern -> formats.computeIfAbsent(cacheKey, k -> ready(pattern, language)))
			.orElse(null);
	}

	/**
	 * Without braces and apostrophes, ICU's format of a pattern is the pattern itself.
	 */
	private static Ready ready(String pattern, Language language) {
		boolean literal = pattern.indexOf('{') < 0 && pattern.indexOf('}') < 0 && pattern.indexOf('\'') < 0;
		return literal ? new Literal(pattern) : new Format(new MessageFormat(pattern, language.uLocale()));
	}

	private String missing(Language language, String key, Map<String, ?> arguments) {
		if (reported.add(new CacheKey(language, key))) {
			log.warn("Message '{}' is missing in {}", key, language.bundleFile());
		}
		if (language == Language.ENGLISH || markMissing || !has(Language.ENGLISH, key)) {
			return MISSING_MARK + language.tag() + ":" + key + "⟧";
		}
		return get(Language.ENGLISH, key, arguments);
	}

}
