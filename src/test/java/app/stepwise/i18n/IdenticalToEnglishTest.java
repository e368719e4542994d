package app.stepwise.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A translation that reads exactly like English is almost always a forgotten one. Only
 * values that are product names, or nothing but placeholders around one, may be the same.
 */
class IdenticalToEnglishTest {

	/**
	 * Reviewed: the product's name, a title made only of placeholders and the name, a
	 * time with the code UTC, a date pattern (Swedish writes dates the ISO way, as the
	 * English text does), and "Webhook", the technical term the settings use too.
	 */
	static final Set<String> ALLOWED = Set.of("ui.app.name", "ui.wizard.page-title", "ui.escalation.summary.time",
			"ui.date-picker.format", "ui.notifications.channel.webhook");

	static Stream<Language> translations() {
		return Arrays.stream(Language.values()).filter(l -> l != Language.ENGLISH);
	}

	@ParameterizedTest
	@MethodSource("translations")
	void noTranslationEqualsEnglishUnlessReviewed(Language language) {
		MessageBundles bundles = Bundles.load();

		assertThat(bundles.keys(language)).filteredOn(key -> !ALLOWED.contains(key))
			.allSatisfy(key -> assertThat(bundles.pattern(language, key))
				.as("%s in %s is the same as in English", key, language.bundleFile())
				.isNotEqualTo(bundles.pattern(Language.ENGLISH, key)));
	}

}
