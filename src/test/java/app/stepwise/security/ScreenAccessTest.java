package app.stepwise.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.base.AuditEvent;
import app.stepwise.base.ui.NotFoundView;
import app.stepwise.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Moving between screens inside an open page (no new page request, so no filter is
 * involved): each screen's declared roles decide, and a screen a role does not allow
 * looks like one that does not exist.
 */
@RecordApplicationEvents
class ScreenAccessTest extends KaribuTest {

	@Autowired
	private ApplicationEvents events;

	@Test
	void somebodyNotSignedInIsShownTheSignInScreenInstead() {
		startSessionAs(null);

		navigate("flow/unlock-account");

		_get(LoginView.class);
		assertThat(currentLocation()).isEqualTo("login");
	}

	@Test
	void anAdminOpeningASupportScreenSeesNotFoundAndTheAttemptIsAudited() {
		navigate("test/support-only");

		_get(NotFoundView.class);
		assertThat(events.stream(AuditEvent.class)).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo(AuditEvent.ACCESS_DENIED);
			assertThat(e.actor()).isEqualTo(TEST_USER);
			assertThat(e.detail()).isEqualTo("test/support-only");
		});
	}

	@Test
	void supportStaffOpenTheSupportScreen() {
		startSessionAs("support-person", Roles.SUPPORT);

		navigate("test/support-only");

		assertThat(_get(SupportOnlyTestView.class).data.getText()).isEqualTo("the queue");
	}

	@Test
	void supportStaffAlsoRunFlows() {
		startSessionAs("support-person", Roles.SUPPORT);

		navigate("flow/unlock-account");

		assertThat(currentLocation()).isEqualTo("flow/unlock-account/symptom");
	}

}
