package app.stepwise.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.flow.Step;
import app.stepwise.i18n.Language;
import app.stepwise.security.Roles;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * Steps due for a check, with the allowed age set to six months and the clock on
 * 2027-06-01: every shipped step (checked 2026-11-21) is six months old and flagged, on
 * the map, in its list and in the step's panel, with its age in the reader's language.
 */
@TestPropertySource(properties = "stepwise.insight.stale-after=6m")
class StaleStepsViewTest extends KaribuTest {

	@TestBean
	private Clock clock;

	static Clock clock() {
		return Clock.fixed(Instant.parse("2027-06-01T09:00:00Z"), ZoneOffset.UTC);
	}

	@Autowired
	private FlowCatalog catalog;

	@BeforeEach
	void signInAsSupport() {
		startSessionAs(SUPPORT_USER, Roles.SUPPORT);
	}

	private static FlowMapView view() {
		return _get(FlowMapView.class);
	}

	@Test
	void everyStepOlderThanTheAllowedAgeIsListedAndFlagged() {
		navigate("flow-map/compromise-response");

		StaleList list = view().staleList;
		assertThat(list.heading.getText()).isEqualTo("Procedures to re-check against Microsoft’s documentation");
		assertThat(list.limit.getText()).isEqualTo("Allowed age of a check: 6 months");
		int steps = catalog.flows().stream().mapToInt(f -> f.steps().size()).sum();
		assertThat(list.steps.getChildren()).hasSize(steps);
		assertThat(list.steps.getElement().getTextRecursively()).contains(
				"Respond to a compromised account: " + view().getTranslation("flow.compromise-response.resolved.title")
						+ " – last checked Nov 21, 2026 (6 months ago)");
		String drawing = view().drawing.getElement().getProperty("innerHTML", "");
		assertThat(drawing).contains("flow-map-stale-ring", "⚠ Re-check");
		assertThat(view().outline.steps.getElement().getTextRecursively()).contains("⚠ Re-check");
	}

	@Test
	void theStepsPanelSaysWhenItWasLastCheckedInTheReadersLanguage() {
		UI.getCurrent().setLocale(Language.SLOVENIAN.locale());
		navigate("flow-map/reset-passwords?step=whose");

		assertThat(view().panel.stale.isVisible()).isTrue();
		assertThat(view().panel.stale.getText()).isEqualTo("Treba je preveriti: nazadnje preverjeno pred 6 meseci.");
		assertThat(view().staleList.limit.getText()).isEqualTo("Dovoljena starost preverjanja: 6 mesecev");
	}

	@Test
	void aStaleStepInTheListOpensItsFlowsMapAtThatStep() {
		navigate("flow-map/unlock-account");
		Step step = catalog.get("reset-passwords").step("escalate-own").orElseThrow();

		navigate("flow-map/reset-passwords?step=" + step.id());

		assertThat(view().flow.getValue()).isEqualTo("reset-passwords");
		assertThat(view().panel.title.getText()).isEqualTo(view().getTranslation(step.titleKey()));
		assertThat(
				_get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("stale-reset-passwords-escalate-own"))
					.getHref())
			.isEqualTo("flow-map/reset-passwords?step=escalate-own");
	}

}
