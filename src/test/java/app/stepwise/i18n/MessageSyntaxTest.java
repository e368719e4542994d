package app.stepwise.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;
import com.ibm.icu.text.PluralRules;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message is valid ICU MessageFormat, uses the same named arguments as English, and
 * its plurals have exactly the categories CLDR gives the language.
 */
class MessageSyntaxTest {

	static Stream<Language> languages() {
		return Arrays.stream(Language.values());
	}

	@ParameterizedTest
	@MethodSource("languages")
	void everyMessageParsesWithNamedArgumentsOnly(Language language) {
		MessageBundles bundles = Bundles.load();
		for (String key : bundles.keys(language)) {
			MessagePattern pattern = parse(language, key, bundles);
			for (int i = 0; i < pattern.countParts(); i++) {
				Part part = pattern.getPart(i);
				assertThat(part.getType()).as("%s in %s uses a numbered argument", key, language.bundleFile())
					.isNotEqualTo(MessagePattern.Part.Type.ARG_NUMBER);
			}
		}
	}

	@ParameterizedTest
	@MethodSource("languages")
	void argumentNamesMatchEnglish(Language language) {
		MessageBundles bundles = Bundles.load();
		for (String key : bundles.keys(language)) {
			assertThat(argumentNames(parse(language, key, bundles)))
				.as("arguments of %s in %s", key, language.bundleFile())
				.isEqualTo(argumentNames(parse(Language.ENGLISH, key, bundles)));
		}
	}

	@ParameterizedTest
	@MethodSource("languages")
	void pluralsHaveExactlyTheCategoriesOfTheLanguage(Language language) {
		MessageBundles bundles = Bundles.load();
		Set<String> categories = new TreeSet<>(PluralRules.forLocale(language.uLocale()).getKeywords());
		int plurals = 0;
		for (String key : bundles.keys(language)) {
			MessagePattern pattern = parse(language, key, bundles);
			for (int i = 0; i < pattern.countParts(); i++) {
				Part part = pattern.getPart(i);
				if (part.getType() == Part.Type.ARG_START && part.getArgType() == ArgType.PLURAL) {
					plurals++;
					assertThat(selectors(pattern, i)).as("plural categories of %s in %s", key, language.bundleFile())
						.isEqualTo(categories);
				}
			}
		}
		assertThat(plurals).isPositive();
	}

	@ParameterizedTest
	@MethodSource("languages")
	void noAsciiApostropheCanSwallowAnArgument(Language language) {
		MessageBundles bundles = Bundles.load();
		for (String key : bundles.keys(language)) {
			assertThat(bundles.pattern(language, key).orElseThrow()).as(key).doesNotContain("'{", "'}", "'#");
		}
	}

	private static MessagePattern parse(Language language, String key, MessageBundles bundles) {
		try {
			return new MessagePattern(bundles.pattern(language, key).orElseThrow());
		}
		catch (IllegalArgumentException ex) {
			throw new AssertionError(key + " in " + language.bundleFile() + " is not valid ICU: " + ex.getMessage(),
					ex);
		}
	}

	private static Set<String> argumentNames(MessagePattern pattern) {
		Set<String> names = new HashSet<>();
		for (int i = 0; i < pattern.countParts(); i++) {
			if (pattern.getPart(i).getType() == Part.Type.ARG_NAME) {
				names.add(pattern.getSubstring(pattern.getPart(i)));
			}
		}
		return names;
	}

	/**
	 * The keyword selectors of the plural argument starting at part {@code start}; =n
	 * cases aside.
	 */
	private static Set<String> selectors(MessagePattern pattern, int start) {
		Set<String> keywords = new TreeSet<>();
		int limit = pattern.getLimitPartIndex(start);
		for (int i = start + 1; i < limit; i++) {
			Part part = pattern.getPart(i);
			if (part.getType() == Part.Type.ARG_SELECTOR) {
				String selector = pattern.getSubstring(part);
				if (!selector.startsWith("=")) {
					keywords.add(selector);
				}
			}
			else if (part.getType() == Part.Type.MSG_START) {
				i = pattern.getLimitPartIndex(i);
			}
		}
		return keywords;
	}

}
