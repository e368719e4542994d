package app.stepwise.wizard.ui;

import app.stepwise.ShownText;
import app.stepwise.base.ui.LightSelect;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.i18n.Language;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;

/** Switching language mid-flow keeps the run and the step; only the words change. */
class LanguageSwitchTest extends KaribuTest {

	@SuppressWarnings("unchecked")
	private static LightSelect<Language> picker() {
		return _get(LightSelect.class, spec -> spec.withId("language"));
	}

	private static String stepTitle() {
		return _get(H1.class, spec -> spec.withId("step-title")).getText();
	}

	@Test
	void choosingALanguageMidFlowKeepsTheStepAndThePath() {
		navigate("flow/unlock-account");
		Answers.click("cannot-sign-in");
		String location = currentLocation();
		String transcriptTimes = ShownText.of(_get(Stepper.class));

		_setValue(picker(), Language.NORWEGIAN_BOKMAL);

		assertThat(UI.getCurrent().getLocale()).isEqualTo(Language.NORWEGIAN_BOKMAL.locale());
		assertThat(currentLocation()).isEqualTo(location);
		assertThat(stepTitle()).isEqualTo("Tilbakestill passordet til brukeren");
		assertThat(ShownText.of(_get(Stepper.class))).isNotEqualTo(transcriptTimes).startsWith("Trinn 1");
	}

	@Test
	void thePickerNamesEachLanguageInItself() {
		navigate("");

		assertThat(picker().getItems().stream().map(picker().getItemLabelGenerator())).containsExactly("English",
				"Svenska", "Dansk", "norsk bokmål", "slovenščina");
	}

	@Test
	void theAddressCanChooseTheLanguage() {
		navigate("flow/reset-passwords?lang=sl");

		assertThat(UI.getCurrent().getLocale()).isEqualTo(Language.SLOVENIAN.locale());
		assertThat(stepTitle()).isEqualTo("Čigavo geslo morate ponastaviti?");
	}

}
