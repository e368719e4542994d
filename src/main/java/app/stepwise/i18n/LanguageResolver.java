package app.stepwise.i18n;

import com.ibm.icu.util.LocaleMatcher;
import com.ibm.icu.util.LocalePriorityList;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decides the language a person reads in: their own remembered choice, else
 * {@code ?lang=} in the address, else the browser's Accept-Language matched with ICU's
 * {@link LocaleMatcher} (so {@code no}, {@code nn} and {@code nb-NO} read Norwegian
 * Bokmål and {@code sv-FI} Swedish), else English. Anything unsupported or malformed is
 * passed over silently.
 */
public final class LanguageResolver {

	/** Longer values than this are not real language preferences and are ignored. */
	static final int MAX_INPUT_LENGTH = 500;

	private final LocaleMatcher matcher;

	private final boolean pseudoAllowed;

	/**
	 * @param pseudoAllowed whether the development pseudo-locale may be chosen
	 */
	public LanguageResolver(boolean pseudoAllowed) {
		this.pseudoAllowed = pseudoAllowed;
		this.matcher = LocaleMatcher.builder()
			.setSupportedULocales(Arrays.stream(Language.values()).map(Language::uLocale).toList())
			.setNoDefaultLocale()
			.build();
	}

	/**
	 * The locale to use, from the highest-ranking source that names a supported language.
	 */
	public Locale resolve(@Nullable String rememberedChoice, @Nullable String langParameter,
			@Nullable String acceptLanguage) {
		return single(rememberedChoice).or(() -> single(langParameter))
			.or(() -> acceptLanguage(acceptLanguage))
			.orElse(Language.ENGLISH.locale());
	}

	/**
	 * The supported locale one tag stands for, if any (used for {@code ?lang=} and stored
	 * choices).
	 */
	public Optional<Locale> single(@Nullable String tag) {
		if (tag == null || tag.isBlank() || tag.length() > MAX_INPUT_LENGTH) {
			return Optional.empty();
		}
		if (pseudoAllowed && tag.equalsIgnoreCase(PseudoLocale.TAG)) {
			return Optional.of(PseudoLocale.LOCALE);
		}
		return acceptLanguage(tag);
	}

	/**
	 * Reads {@code no} and {@code nn} as {@code nb}. CLDR counts Nynorsk as only close to
	 * Bokmål, so a reader asking for {@code nn} first and English second would otherwise
	 * get English; a Norwegian reads Bokmål more easily.
	 */
	private static List<ULocale> norwegianAsBokmal(LocalePriorityList desired) {
		List<ULocale> result = new ArrayList<>();
		for (ULocale locale : desired) {
			String language = locale.getLanguage();
			result.add(language.equals("nn") || language.equals("no")
					? new ULocale.Builder().setLocale(locale).setLanguage("nb").build() : locale);
		}
		return result;
	}

	private Optional<Locale> acceptLanguage(@Nullable String header) {
		if (header == null || header.isBlank() || header.length() > MAX_INPUT_LENGTH) {
			return Optional.empty();
		}
		try {
			LocaleMatcher.Result result = matcher
				.getBestMatchResult(norwegianAsBokmal(LocalePriorityList.add(header).build()));
			ULocale supported = result.getSupportedULocale();
			return supported == null ? Optional.empty() : Language.byTag(supported.getLanguage()).map(Language::locale);
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

}
