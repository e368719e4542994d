package app.stepwise.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The message patterns of every language, read once from {@code i18n/} on the class path
 * (UTF-8 properties files in ICU MessageFormat syntax) and shared by all sessions.
 */
public final class MessageBundles {

	/** Where the bundles are on the class path. */
	public static final String LOCATION = "i18n/";

	private final Map<Language, Map<String, String>> patterns;

	MessageBundles(Map<Language, Map<String, String>> patterns) {
		Map<Language, Map<String, String>> copy = new EnumMap<>(Language.class);
		patterns.forEach((language, p) -> copy.put(language, Collections.unmodifiableMap(new TreeMap<>(p))));
		this.patterns = Collections.unmodifiableMap(copy);
	}

	/**
	 * Reads every language's bundle from the class path; a missing bundle reads as empty.
	 */
	public static MessageBundles load(ClassLoader classLoader) {
		Map<Language, Map<String, String>> patterns = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			patterns.put(language, read(classLoader, LOCATION + language.bundleFile()));
		}
		return new MessageBundles(patterns);
	}

	private static Map<String, String> read(ClassLoader classLoader, String resource) {
		Map<String, String> result = new TreeMap<>();
		try (InputStream in = classLoader.getResourceAsStream(resource)) {
			if (in == null) {
				return result;
			}
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			properties.forEach((k, v) -> result.put(String.valueOf(k), String.valueOf(v)));
			return result;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + resource, e);
		}
	}

	public Optional<String> pattern(Language language, String key) {
		return Optional.ofNullable(patterns.get(language).get(key));
	}

	public Set<String> keys(Language language) {
		return patterns.get(language).keySet();
	}

	/** The keys of each bundle by file name, as the flow validator wants them. */
	public Map<String, Set<String>> keysByBundleFile() {
		Map<String, Set<String>> result = new TreeMap<>();
		patterns.forEach((language, p) -> result.put(language.bundleFile(), p.keySet()));
		return result;
	}

}
