package app.stepwise.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.stepwise.KaribuTest;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.flow.FlowDefinition;
import app.stepwise.flow.Step;
import app.stepwise.i18n.Language;
import app.stepwise.insight.TrafficPeriod;
import app.stepwise.security.Roles;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The flow map screen: choosing a flow, the drawing and the list of every step, a step's
 * texts in a language chosen in its panel, and the drawing as a file.
 */
class FlowMapViewTest extends KaribuTest {

	@Autowired
	private FlowCatalog catalog;

	@BeforeEach
	void signInAsSupport() {
		startSessionAs(SUPPORT_USER, Roles.SUPPORT);
	}

	private static FlowMapView view() {
		return _get(FlowMapView.class);
	}

	private static String drawing() {
		return view().drawing.getElement().getProperty("innerHTML", "");
	}

	private static void clickOnDrawing(String node) {
		var data = JsonNodeFactory.instance.objectNode().put(FlowMapView.CLICKED_NODE, node);
		com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(view().drawing.getElement(),
				new DomEvent(view().drawing.getElement(), "click", data));
	}

	@Test
	void theMapOpensOnTheFirstFlowAndOffersEveryFlow() {
		navigate("flow-map");

		assertThat(view().flow.getListDataView().getItems().toList())
			.containsExactlyElementsOf(catalog.flows().stream().map(FlowDefinition::id).toList());
		assertThat(view().flow.getValue()).isEqualTo("unlock-account");
		assertThat(view().title.getText()).isEqualTo("Flow map");
		FlowDefinition unlock = catalog.get("unlock-account");
		for (Step step : unlock.steps()) {
			assertThat(drawing()).contains("data-node=\"" + step.id() + "\"");
			assertThat(view().outline.steps.getElement().getTextRecursively())
				.contains(view().getTranslation(step.titleKey()));
		}
		assertThat(drawing()).contains("data-node=\"flow:compromise-response\"", "role=\"img\"",
				"<title id=\"flow-map-title\">Map of the flow “Unlock an account”</title>");
	}

	@Test
	void choosingAnotherFlowOpensItsMapAtItsOwnAddress() {
		navigate("flow-map");

		_setValue(view().flow, "reset-passwords");

		assertThat(currentLocation()).isEqualTo("flow-map/reset-passwords");
		assertThat(drawing()).contains("data-node=\"self-service-admin-reset\"")
			.doesNotContain("data-node=\"secure-first\"");
	}

	@Test
	void clickingALinkedFlowOnTheDrawingOpensThatFlowsMap() {
		navigate("flow-map/unlock-account");

		clickOnDrawing("flow:compromise-response");

		assertThat(currentLocation()).isEqualTo("flow-map/compromise-response");
		assertThat(view().flow.getValue()).isEqualTo("compromise-response");
	}

	@Test
	void clickingAStepShowsItsTextsLinksAndSourceDateInTheReadersLanguage() {
		navigate("flow-map/unlock-account");
		assertThat(view().panel.isVisible()).isFalse();

		clickOnDrawing("find-restriction");

		StepPanel panel = view().panel;
		assertThat(panel.isVisible()).isTrue();
		assertThat(panel.title.getText())
			.isEqualTo(view().getTranslation("flow.unlock-account.find-restriction.title"));
		assertThat(panel.language.getValue()).isEqualTo(Language.ENGLISH);
		assertThat(panel.content.getElement().getTextRecursively()).contains(
				"https://security.microsoft.com/restrictedentities",
				"The user is on the list – leads to: Secure the account before you unblock it");
		assertThat(panel.checked.getText()).isEqualTo("Checked against Microsoft’s documentation on Nov 21, 2026");
	}

	@Test
	void theLinksOfAStepAreListedPerCloudWhereTheyDiffer() {
		navigate("flow-map/unlock-account?step=reset-password");

		String texts = view().panel.content.getElement().getTextRecursively();

		assertThat(texts).contains("Worldwide: https://go.microsoft.com/fwlink/p/?linkid=834822",
				"Germany: https://go.microsoft.com/fwlink/p/?linkid=847686",
				"China (21Vianet): https://go.microsoft.com/fwlink/p/?linkid=850628");
	}

	@Test
	void thePanelsLanguageSelectorShowsTheTextsInAnotherLanguageWhileTheScreenStays() {
		navigate("flow-map/unlock-account?step=symptom");

		_setValue(view().panel.language, Language.SLOVENIAN);

		StepPanel panel = view().panel;
		assertThat(panel.title.getText())
			.isEqualTo(view().getTranslation(Language.SLOVENIAN.locale(), "flow.unlock-account.symptom.title"));
		assertThat(panel.title.getElement().getAttribute("lang")).isEqualTo("sl");
		assertThat(panel.content.getElement().getAttribute("lang")).isEqualTo("sl");
		assertThat(panel.content.getElement().getTextRecursively()).contains(
				view().getTranslation(Language.SLOVENIAN.locale(), "flow.unlock-account.symptom.answer.cannot-send"));
		assertThat(view().title.getText()).isEqualTo("Flow map");
		assertThat(panel.close.getText()).isEqualTo("Close");
	}

	@Test
	void theOutlineOpensAStepLikeTheDrawingAndLinksToOtherFlows() {
		navigate("flow-map/unlock-account");

		_click(_get(Button.class, spec -> spec.withId("outline-open-signs-of-compromise")));

		assertThat(view().panel.isVisible()).isTrue();
		assertThat(view().panel.title.getText())
			.isEqualTo(view().getTranslation("flow.unlock-account.signs-of-compromise.title"));
		assertThat(view().outline.getElement().getTextRecursively())
			.contains("Open the map of “Respond to a compromised account”");
	}

	@Test
	void theMapSpeaksTheScreensLanguage() {
		UI.getCurrent().setLocale(Language.SWEDISH.locale());
		navigate("flow-map/reset-passwords");

		assertThat(drawing())
			.contains(view().getTranslation(Language.SWEDISH.locale(), "flow.reset-passwords.whose.title"),
					view().getTranslation(Language.SWEDISH.locale(), "ui.flow-map.kind.question"))
			.doesNotContain(">Question<");
		assertThat(view().period.getItemLabelGenerator().apply(TrafficPeriod.LAST_7_DAYS)).isEqualTo(view()
			.getTranslation(Language.SWEDISH.locale(), "ui.flow-map.period.days", java.util.Map.of("days", 7)));
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void everyMapAndPanelReadsInTheLanguageWithoutMissingTexts(Language language) {
		UI.getCurrent().setLocale(language.locale());
		for (FlowDefinition flow : catalog.flows()) {
			navigate("flow-map/" + flow.id() + "?step=" + flow.startStepId());

			String shown = UI.getCurrent().getElement().getTextRecursively() + drawing();
			assertThat(shown).as("%s in %s", flow.id(), language)
				.doesNotContain(app.stepwise.i18n.Messages.MISSING_MARK)
				.doesNotContainPattern("\\b(ui|flow|link)\\.[a-z0-9-]+\\.[a-z0-9.-]+");
			assertThat(view().panel.isVisible()).isTrue();
		}
	}

	@Test
	void anUnknownFlowIsNotFound() {
		navigate("flow-map/no-such-flow");

		_get(app.stepwise.base.ui.NotFoundView.class);
	}

	@Test
	void theDownloadIsTheDrawingAsAnSvgFile() throws Exception {
		navigate("flow-map/compromise-response");

		String file = new String(DownloadKt._download(view().download), StandardCharsets.UTF_8);
		VaadinResponse response = mock(VaadinResponse.class);
		ByteArrayOutputStream written = new ByteArrayOutputStream();
		when(response.getOutputStream()).thenReturn(written);
		view().svgDownload()
			.handleDownloadRequest(new DownloadEvent(mock(VaadinRequest.class), response, VaadinSession.getCurrent(),
					view().download.getElement()));

		assertThat(file)
			.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"")
			.contains("data-node=\"look-for-signs\"", "<desc id=\"flow-map-description\">");
		verify(response).setContentType("image/svg+xml; charset=UTF-8");
		assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo(file);
	}

}
