package app.stepwise.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.i18n.Language;
import app.stepwise.i18n.MessageBundles;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text of escalation and the support queue exists in every language, is valid ICU,
 * names the same arguments as English, and uses exactly the plural categories the
 * language has.
 */
class EscalationMessagesTest {

	private static final MessageBundles BUNDLES = MessageBundles.load(EscalationMessagesTest.class.getClassLoader());

	private static final List<String> PREFIXES = List.of("ui.escalation.", "ui.support.", "ui.date-picker.",
			"ui.menu.my-requests", "ui.menu.support-queue");

	static Stream<String> keys() {
		return BUNDLES.keys(Language.ENGLISH).stream().filter(k -> PREFIXES.stream().anyMatch(k::startsWith));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("keys")
	void everyLanguageHasTheTextWithTheSameArgumentsAndItsOwnPluralCategories(String key) {
		Set<String> englishArguments = arguments(BUNDLES.pattern(Language.ENGLISH, key).orElseThrow()).names();
		for (Language language : Language.values()) {
			String pattern = BUNDLES.pattern(language, key).orElse(null);
			assertThat(pattern).as("%s in %s", key, language.bundleFile()).isNotBlank();
			Parsed parsed = arguments(pattern);
			assertThat(parsed.names()).as("arguments of %s in %s", key, language.bundleFile())
				.isEqualTo(englishArguments);
			Set<String> categories = new TreeSet<>(PluralRules.forLocale(language.uLocale()).getKeywords());
			for (Set<String> used : parsed.pluralCategories()) {
				assertThat(used).as("plural categories of %s in %s", key, language.bundleFile()).isEqualTo(categories);
			}
		}
	}

	private record Parsed(Set<String> names, List<Set<String>> pluralCategories) {
	}

	/** The argument names of a pattern, and the categories of each of its plurals. */
	private static Parsed arguments(String pattern) {
		MessagePattern parsed = new MessagePattern(pattern);
		Set<String> names = new TreeSet<>();
		List<Set<String>> plurals = new java.util.ArrayList<>();
		for (int i = 0; i < parsed.countParts(); i++) {
			MessagePattern.Part part = parsed.getPart(i);
			if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
				names.add(parsed.getSubstring(part));
			}
			if (part.getType() == MessagePattern.Part.Type.ARG_START
					&& part.getArgType() == MessagePattern.ArgType.PLURAL) {
				Set<String> categories = new TreeSet<>();
				int limit = parsed.getLimitPartIndex(i);
				for (int j = i + 1; j < limit; j++) {
					MessagePattern.Part selector = parsed.getPart(j);
					if (selector.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
						String name = parsed.getSubstring(selector);
						if (!name.startsWith("=")) {
							categories.add(name);
						}
						j = parsed.getLimitPartIndex(j + 1);
					}
				}
				plurals.add(categories);
			}
		}
		return new Parsed(names, plurals);
	}

}
