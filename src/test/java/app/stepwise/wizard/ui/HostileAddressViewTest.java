package app.stepwise.wizard.ui;

import app.stepwise.ShownText;
import app.stepwise.SafeMarkup;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.HostileInput;
import app.stepwise.KaribuTest;
import app.stepwise.base.ui.NotFoundView;
import app.stepwise.i18n.Language;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Hostile values in a step's address reach the screens here in full, even those too large
 * for a real request (1 MB): each is dropped or refused, never shown, never turned into
 * markup; the step opens at an address made only of valid ids, or "not found".
 */
class HostileAddressViewTest extends KaribuTest {

	private static final Set<String> FORBIDDEN_TAGS = Set.of("script", "img", "svg", "iframe", "object", "embed");

	/**
	 * Opens a step's address; ids are percent-encoded into the path as in a real link.
	 */
	private static void open(String flowId, String stepId, Map<String, String> query) {
		UI.getCurrent().navigate("flow/" + segment(flowId) + "/" + segment(stepId), QueryParameters.simple(query));
	}

	private static String segment(String id) {
		return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static Stream<Element> elements(Element root) {
		return Stream.concat(Stream.of(root), root.getChildren().flatMap(HostileAddressViewTest::elements));
	}

	private static void assertNothingShownOrInjected(String value) {
		Element page = ShownText.page().getElement();
		String label = HostileInput.label(value);
		assertThat(elements(page).filter(e -> !e.isTextNode())).as(label)
			.isNotEmpty()
			.noneMatch(e -> FORBIDDEN_TAGS.contains(e.getTag()))
			.noneMatch(e -> e.hasProperty("innerHTML") && !SafeMarkup.isPlain(e.getProperty("innerHTML")));
		if (value.strip().length() > 3) {
			assertThat(ShownText.of(ShownText.page())).as(label).doesNotContain(value.strip());
		}
		if (!_find(StepView.class).isEmpty()) {
			assertThat(currentLocation()).as(label).matches("flow/[a-z0-9-]+/[a-z0-9-]+(\\?[a-z0-9=&.-]+)?");
		}
		else {
			assertThat(_find(NotFoundView.class)).as(label).hasSize(1);
		}
	}

	@Test
	void hostileIdsAndParametersAreDroppedAndNeverShown() {
		for (String value : HostileInput.VALUES) {
			List<Runnable> visits = List.of(() -> open(value, "x", Map.of()),
					() -> open("unlock-account", value, Map.of()),
					() -> open("unlock-account", "symptom", Map.of("path", value)),
					() -> open("unlock-account", "symptom", Map.of("path", "cannot-sign-in." + value)),
					() -> open("reset-passwords", "x", Map.of("cloud", value, "path", "someone-else")),
					() -> open("unlock-account", "x", Map.of("entry", value)),
					() -> open("unlock-account", "symptom", Map.of("path", "cannot-sign-in", "lang", value)));
			// One person tries them all, one after the other, as an attacker would.
			newSession();
			for (Runnable visit : visits) {
				visit.run();

				assertNothingShownOrInjected(value);
			}
		}
	}

	@Test
	void aMegabyteOfLanguageIsIgnored() {
		navigate("flow/unlock-account");

		open("unlock-account", "symptom", Map.of("lang", HostileInput.ONE_MEGABYTE));

		assertThat(UI.getCurrent().getLocale()).isEqualTo(Language.ENGLISH.locale());
		assertThat(_find(StepView.class)).hasSize(1);
	}

	@Test
	void aPathLongerThanAnyRunIsIgnoredAndTheFlowStartsAtItsFirstStep() {
		String longPath = String.join(".", java.util.Collections.nCopies(1000, "cannot-sign-in"));

		open("unlock-account", "x", Map.of("path", longPath));

		assertThat(currentLocation()).isEqualTo("flow/unlock-account/symptom");
	}

}
