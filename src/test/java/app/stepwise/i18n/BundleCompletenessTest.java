package app.stepwise.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every language has exactly the keys English has, in sorted files without duplicates.
 */
class BundleCompletenessTest {

	static Stream<Language> translations() {
		return Arrays.stream(Language.values()).filter(l -> l != Language.ENGLISH);
	}

	static Stream<Language> languages() {
		return Arrays.stream(Language.values());
	}

	@ParameterizedTest
	@MethodSource("translations")
	void everyLanguageHasEveryEnglishKeyAndNoOther(Language language) {
		MessageBundles bundles = Bundles.load();

		assertThat(bundles.keys(language)).as("keys of %s", language.bundleFile())
			.containsExactlyInAnyOrderElementsOf(bundles.keys(Language.ENGLISH));
	}

	@ParameterizedTest
	@MethodSource("languages")
	void bundleFilesAreSortedWithoutDuplicates(Language language) {
		List<String> keys = Bundles.keysInFileOrder(language);
		List<String> sorted = new ArrayList<>(keys);
		sorted.sort(null);

		assertThat(keys).as(language.bundleFile()).doesNotHaveDuplicates().isEqualTo(sorted);
	}

	@ParameterizedTest
	@MethodSource("languages")
	void noValueIsEmpty(Language language) {
		MessageBundles bundles = Bundles.load();

		assertThat(bundles.keys(language))
			.allSatisfy(key -> assertThat(bundles.pattern(language, key).orElseThrow()).as(key).isNotBlank());
	}

}
