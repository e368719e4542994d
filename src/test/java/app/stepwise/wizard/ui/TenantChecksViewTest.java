package app.stepwise.wizard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.ServerProbe;
import app.stepwise.i18n.Language;
import app.stepwise.wizard.ActiveRun;
import app.stepwise.wizard.CheckEvidence;
import app.stepwise.wizard.Wizard;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * With a tenant connected (the demo tenant, served by the application over real HTTP), a
 * run about one user asks which user, checks them at the steps that name checks, suggests
 * answers with their evidence, warns of Microsoft's incidents before escalating, and
 * keeps what it showed in the run.
 */
// The same configuration as HttpTest, so that both share one application context.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "stepwise.security.users[0].username=" + TenantChecksViewTest.CONFIGURED_USER,
				"stepwise.security.users[0].password-hash=$2a$10$8lkWDNzAiAzDD0mk6AUBV.JrUW77z/1w5ZE2mv6ZtH.BNYJdBLuPu",
				"stepwise.security.users[0].roles=SUPPORT" })
@Import(ServerProbe.class)
class TenantChecksViewTest extends KaribuTest {

	static final String CONFIGURED_USER = "søren.čeh@contoso.example";

	private static final String DOMAIN = "@stepwise-demo.example";

	@Autowired
	private Wizard wizard;

	private static String text(Component component) {
		return component.getElement().getTextRecursively();
	}

	private static Button button(String id) {
		return _get(Button.class, spec -> spec.withId(id));
	}

	@SuppressWarnings("unchecked")
	private static ComboBox<Object> userField() {
		return _get(ComboBox.class, spec -> spec.withId("subject-user"));
	}

	/** Lets the background checks come back, as the page's polling would. */
	private static CheckPanel checked() {
		long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < until) {
			MockVaadin.runUIQueue();
			CheckPanel panel = _get(CheckPanel.class);
			if (panel.again.isEnabled()) {
				return panel;
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("The checks did not come back");
	}

	private static void chooseUser(String prefix, String label) {
		ComboBox<Object> user = userField();
		ComboBoxKt.setUserInput(user, prefix);
		assertThat(ComboBoxKt.getSuggestions(user)).contains(label);
		Object match = ComboBoxKt.getSuggestionItems(user)
			.stream()
			.filter(item -> user.getItemLabelGenerator().apply(item).equals(label))
			.findFirst()
			.orElseThrow();
		_setValue(user, match);
		_click(button("subject-use"));
	}

	@Test
	void theRunAsksForTheUserAndTheStepSuggestsAnAnswerWithItsEvidence() {
		navigate("flow/unlock-account");
		assertThat(_find(CheckPanel.class)).isEmpty();
		assertThat(text(_get(SubjectPrompt.class))).contains("Which user is this about?");

		chooseUser("bo", "Bo Jensen (bo.jensen" + DOMAIN + ")");
		CheckPanel panel = checked();

		assertThat(text(panel)).contains("Checked in your tenant", "bo.jensen" + DOMAIN,
				"Demo tenant with made-up data", "Sign-in is blocked for this account");
		assertThat(text(_get(Component.class, spec -> spec.withId("suggestion-cannot-sign-in"))))
			.startsWith("Suggested answer “They can’t sign in”: Sign-in is blocked for this account – checked ");
		org.jsoup.nodes.Element suggested = Answers.button("cannot-sign-in");
		assertThat(suggested.classNames()).contains("answer-suggested");
		assertThat(suggested.attr("aria-describedby")).isEqualTo("suggestion-cannot-sign-in");
		assertThat(Answers.button("cannot-send").classNames()).doesNotContain("answer-suggested");

		ActiveRun run = wizard.open("unlock-account", null, Map.of()).orElseThrow().active();
		assertThat(run.subject().affectedUser()).isEqualTo("bo.jensen" + DOMAIN);
		assertThat(run.evidence()).extracting(CheckEvidence::check).containsExactly("account", "sign-ins");
		assertThat(run.evidence().getFirst().lines()).extracting(CheckEvidence.Line::key)
			.contains("ui.tenant.account.blocked");
	}

	@Test
	void theOperatorStillChoosesAndTheUserIsKnownAtLaterSteps() {
		navigate("flow/unlock-account");
		chooseUser("bo", "Bo Jensen (bo.jensen" + DOMAIN + ")");
		checked();

		Answers.click("cannot-send");

		assertThat(currentLocation()).startsWith("flow/unlock-account/find-restriction");
		assertThat(_find(SubjectPrompt.class)).isEmpty();
	}

	@Test
	void passedOverTheQuestionFoldsOnTheRunsLaterStepsAndUnfoldsWhenAsked() {
		navigate("flow/unlock-account");
		assertThat(_find(SubjectPrompt.class)).hasSize(1);

		Answers.click("cannot-send");

		assertThat(currentLocation()).startsWith("flow/unlock-account/find-restriction");
		assertThat(_find(SubjectPrompt.class)).isEmpty();
		FoldedPrompt folded = _get(FoldedPrompt.class);
		assertThat(text(folded))
			.isEqualTo("No user chosen: this step can check them in your tenant (read-only).Choose the user");
		UI.getCurrent().setLocale(Language.SLOVENIAN.locale());
		assertThat(folded.open.getText()).isEqualTo("Izberi uporabnika");
		UI.getCurrent().setLocale(Language.ENGLISH.locale());

		_click(button("subject-open"));
		assertThat(_find(FoldedPrompt.class)).isEmpty();
		chooseUser("bo", "Bo Jensen (bo.jensen" + DOMAIN + ")");
		Answers.click("listed");

		assertThat(currentLocation()).startsWith("flow/unlock-account/secure-first");
		assertThat(text(checked())).contains("bo.jensen" + DOMAIN);
		assertThat(_find(FoldedPrompt.class)).isEmpty();
	}

	@Test
	void aNewRunAsksInFullAgain() {
		navigate("flow/unlock-account");
		Answers.click("cannot-send");
		assertThat(_find(FoldedPrompt.class)).hasSize(1);

		_click(button("restart"));

		assertThat(_find(SubjectPrompt.class)).hasSize(1);
		assertThat(_find(FoldedPrompt.class)).isEmpty();
	}

	@Test
	void whatCannotBeASignInNameIsRefusedAndKeptAsTyped() {
		navigate("flow/unlock-account");
		ComboBox<Object> user = userField();

		ComboBoxKt._fireCustomValueSet(user, "bo jensen");
		_click(button("subject-use"));

		assertThat(user.isInvalid()).isTrue();
		assertThat(user.getErrorMessage()).isEqualTo(
				"“bo jensen” is not a sign-in name: type it in full, like name@contoso.com, or pick a user from the list");
		assertThat(user.getItemLabelGenerator().apply(user.getValue())).isEqualTo("bo jensen");
		assertThat(_find(CheckPanel.class)).isEmpty();
	}

	@Test
	void aSignInNameTypedInFullIsCheckedAsItIs() {
		navigate("flow/unlock-account");

		ComboBoxKt._fireCustomValueSet(userField(), "nobody" + DOMAIN);
		_click(button("subject-use"));

		assertThat(text(checked())).contains("There is no user nobody" + DOMAIN + " in this tenant");
		_click(button("change-user"));
		assertThat(_find(SubjectPrompt.class)).hasSize(1);
	}

	@Test
	void beforeEscalatingMicrosoftsIncidentComesFirst() {
		navigate("flow/unlock-account");
		chooseUser("as", "Astrid Lind (astrid.lind" + DOMAIN + ")");
		checked();
		Answers.click("cannot-send");
		Answers.click("not-listed");
		assertThat(currentLocation()).startsWith("flow/unlock-account/escalate-sending");

		CheckPanel panel = checked();

		Component notice = _get(panel, Component.class, spec -> spec.withId("service-incident"));
		assertThat(text(notice)).startsWith("Before you escalate: Microsoft reports an active issue")
			.contains("EX900417");
		ActiveRun run = wizard.open("unlock-account", null, Map.of()).orElseThrow().active();
		assertThat(run.evidence()).extracting(CheckEvidence::check)
			.containsExactly("account", "sign-ins", "service-health");
	}

	@Test
	void thePanelReadsInTheReadersLanguage() {
		navigate("flow/unlock-account");
		chooseUser("bo", "Bo Jensen (bo.jensen" + DOMAIN + ")");
		checked();

		UI.getCurrent().setLocale(Language.SWEDISH.locale());

		CheckPanel panel = _get(CheckPanel.class);
		assertThat(text(panel)).contains("Kontrollerat i din klientorganisation", "Demoklientorganisation");
		assertThat(text(_get(Component.class, spec -> spec.withId("suggestion-cannot-sign-in"))))
			.startsWith("Föreslaget svar ”");
		assertThat(List.of(panel.again.getText(), panel.changeUser.getText())).containsExactly("Kontrollera igen",
				"Byt användare");
	}

}
