package app.stepwise.wizard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.flow.Cloud;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.flow.FlowDefinition;
import app.stepwise.flow.FlowPaths;
import app.stepwise.flow.FlowRun;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.MessageBundles;
import app.stepwise.i18n.Messages;
import app.stepwise.wizard.RunAddress;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Renders every screen of every flow, in every cloud, in each language, and reads it as a
 * person would: no raw message key, no missing-text marker, and outside English no
 * English text.
 *
 * <p>
 * Each screen is opened once, in the language the previous one ended in, and then read in
 * every other language by switching to it, as a person would with the picker: so every
 * screen is checked as first rendered in some language and as switched to each of the
 * others (switching costs a fraction of opening a screen again).
 */
class EveryScreenInEveryLanguageTest extends KaribuTest {

	private static final Pattern RAW_KEY = Pattern.compile("\\b(ui|flow|link)\\.[a-z0-9-]+\\.[a-z0-9.-]+");

	/** English values that may appear anywhere: the product name. */
	private static final Set<String> SHARED = Set.of("ui.app.name", "ui.wizard.page-title");

	private static final List<Language> LANGUAGES = List.of(Language.values());

	@Autowired
	private FlowCatalog catalog;

	@Autowired
	private MessageBundles bundles;

	private List<String> englishTexts = List.of();

	private Language current = Language.ENGLISH;

	@Test
	void everyScreenReadsEntirelyInEveryLanguage() {
		englishTexts = englishTexts();
		UI.getCurrent().setLocale(current.locale());
		navigate("");
		inEveryLanguage("start page", () -> {
		});
		navigate("flow/no-such-flow");
		inEveryLanguage("not found page", () -> {
		});
		int screens = 0;
		for (String address : everyStepAddress()) {
			navigate(address);
			StepView view = _get(StepView.class);
			inEveryLanguage(address, () -> {
				for (Cloud cloud : Cloud.values()) {
					checkText(address + " cloud label", view.cloud.getItemLabelGenerator().apply(cloud), current);
				}
				checkText(address + " page title", view.getPageTitle(), current);
			});
			screens++;
		}
		assertThat(screens).isGreaterThan(40);
	}

	/**
	 * Reads the screen shown in the current language, then in each other one, running the
	 * extra checks in each.
	 */
	private void inEveryLanguage(String where, Runnable more) {
		int first = LANGUAGES.indexOf(current);
		for (int i = 0; i < LANGUAGES.size(); i++) {
			Language language = LANGUAGES.get((first + i) % LANGUAGES.size());
			if (language != current) {
				UI.getCurrent().setLocale(language.locale());
				current = language;
			}
			check(where, language);
			more.run();
		}
	}

	private void check(String where, Language language) {
		String text = UI.getCurrent()
			.getChildren()
			.map(c -> c.getElement().getTextRecursively())
			.reduce("", String::concat);
		assertThat(text).as("%s in %s", where, language).isNotBlank();
		checkText(where, text, language);
	}

	private void checkText(String where, String text, Language language) {
		assertThat(text).as("%s in %s", where, language).doesNotContain(Messages.MISSING_MARK);
		assertThat(RAW_KEY.matcher(text).find()).as("%s in %s shows a raw key: %s", where, language, text).isFalse();
		// One assertion for all of them: hundreds of texts on hundreds of screens.
		List<String> shown = language == Language.ENGLISH ? List.of()
				: englishTexts.stream().filter(text::contains).toList();
		assertThat(shown).as("%s in %s shows English", where, language).isEmpty();
	}

	/**
	 * Every English text without arguments, long enough not to occur by chance in another
	 * language.
	 */
	private List<String> englishTexts() {
		return bundles.keys(Language.ENGLISH)
			.stream()
			.filter(k -> !SHARED.contains(k))
			.map(k -> bundles.pattern(Language.ENGLISH, k).orElseThrow().replace("**", ""))
			.filter(v -> !v.contains("{") && v.length() >= 8)
			.toList();
	}

	/**
	 * One address per step state of every flow, in every cloud: each prefix of each path.
	 */
	private Set<String> everyStepAddress() {
		Set<String> addresses = new LinkedHashSet<>();
		for (FlowDefinition flow : catalog.flows()) {
			for (Cloud cloud : Cloud.values()) {
				for (FlowPaths.Path path : FlowPaths.enumerate(catalog, flow.id(), cloud, 50)) {
					FlowRun run = FlowRun.start(catalog, flow.id(), cloud);
					addresses.add(address(run));
					for (String answer : path.answers()) {
						run = run.answer(answer, null);
						addresses.add(address(run));
					}
				}
			}
		}
		return addresses;
	}

	private static String address(FlowRun run) {
		List<String> query = new ArrayList<>();
		RunAddress.of(run).query().forEach((k, v) -> query.add(k + "=" + v));
		return StepLinks.location(run) + (query.isEmpty() ? "" : "?" + String.join("&", query));
	}

}
