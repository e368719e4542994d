package app.stepwise.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The product's fixed terms per language, from {@code i18n/glossary.properties} on the
 * test class path: the right term, the known wrong variants and the forms that count as
 * the term. Expressions match whole words only, ignoring case.
 */
final class Glossary {

	static final String RESOURCE = "/i18n/glossary.properties";

	/** One term in one language. */
	record Entry(String term, Language language, String right, @Nullable Pattern wrong, @Nullable Pattern forms) {

		/** The first known wrong variant in a text, if any. */
		Optional<String> wrongIn(String text) {
			return find(wrong, text);
		}

		/** Whether the text uses the term in one of its forms. */
		boolean usedIn(String text) {
			return find(forms, text).isPresent();
		}

		private static Optional<String> find(@Nullable Pattern pattern, String text) {
			if (pattern == null) {
				return Optional.empty();
			}
			var matcher = pattern.matcher(text);
			return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
		}

	}

	private final List<Entry> entries;

	private Glossary(List<Entry> entries) {
		this.entries = List.copyOf(entries);
	}

	List<Entry> entries() {
		return entries;
	}

	List<Entry> entries(Language language) {
		return entries.stream().filter(e -> e.language() == language).toList();
	}

	Optional<Entry> entry(String term, Language language) {
		return entries.stream().filter(e -> e.term().equals(term) && e.language() == language).findFirst();
	}

	/**
	 * Reads the file line by line, without the escapes of {@link java.util.Properties},
	 * so that regular expressions stand as Java writes them.
	 */
	static Glossary load() {
		Map<String, Map<String, String>> byTermAndLanguage = new LinkedHashMap<>();
		try (InputStream in = Glossary.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is not on the test class path");
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				int equals = line.indexOf('=');
				if (equals < 0) {
					throw new IllegalStateException(RESOURCE + ": no '=' in: " + line);
				}
				String[] key = line.substring(0, equals).strip().split("\\.");
				if (key.length < 2 || key.length > 3) {
					throw new IllegalStateException(
							RESOURCE + ": a key is <term>.<language>[.wrong|.forms], not: " + line);
				}
				String part = key.length == 3 ? key[2] : "right";
				byTermAndLanguage.computeIfAbsent(key[0] + "." + key[1], k -> new LinkedHashMap<>())
					.put(part, line.substring(equals + 1).strip());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<Entry> entries = new ArrayList<>();
		byTermAndLanguage.forEach((key, parts) -> entries.add(entry(key, parts)));
		return new Glossary(entries);
	}

	private static Entry entry(String key, Map<String, String> parts) {
		String term = key.substring(0, key.indexOf('.'));
		String tag = key.substring(key.indexOf('.') + 1);
		Language language = Language.byTag(tag)
			.orElseThrow(() -> new IllegalStateException(RESOURCE + ": " + tag + " is not a language of Stepwise"));
		String right = parts.get("right");
		if (right == null) {
			throw new IllegalStateException(RESOURCE + ": " + key + " names no right term");
		}
		parts.keySet()
			.stream()
			.filter(part -> !List.of("right", "wrong", "forms").contains(part))
			.findFirst()
			.ifPresent(part -> {
				throw new IllegalStateException(RESOURCE + ": unknown part ." + part + " of " + key);
			});
		return new Entry(term, language, right, wholeWords(parts.get("wrong")), wholeWords(parts.get("forms")));
	}

	/**
	 * The expression as whole words: not preceded or followed by a letter or digit, so
	 * that nb "pålogging inntil" is no "logg… inn" and sl "vpis" no part of another word.
	 */
	static @Nullable Pattern wholeWords(@Nullable String expression) {
		if (expression == null) {
			return null;
		}
		return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + expression + ")(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
	}

}
