package app.stepwise.wizard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.tenant.TenantChecks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Without a connected tenant the wizard is the checklist it always was: no step asks for
 * a user or shows checks, even steps whose flow file names checks.
 */
class NoTenantTest extends KaribuTest {

	@Autowired
	private TenantChecks checks;

	@Test
	void noStepShowsAnythingAboutATenant() {
		assertThat(checks.available()).isFalse();

		navigate("flow/unlock-account");
		assertThat(_find(TenantPart.class)).isEmpty();
		Answers.click("cannot-send");
		Answers.click("not-listed");

		assertThat(currentLocation()).startsWith("flow/unlock-account/escalate-sending");
		assertThat(_find(TenantPart.class)).isEmpty();
		assertThat(_find(SubjectPrompt.class)).isEmpty();
		assertThat(_find(CheckPanel.class)).isEmpty();
	}

}
