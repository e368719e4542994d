package app.stepwise.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.base.AuditEvent;
import app.stepwise.base.ui.NotFoundView;
import app.stepwise.escalation.Requests;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequests;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.i18n.Language;
import app.stepwise.security.ui.LoginView;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Moving between screens inside an open page (no new page request, so no filter is
 * involved): each screen's declared roles decide, and a screen a role does not allow
 * looks like one that does not exist. The support queue and its requests are for support
 * staff; an admin's own requests are theirs.
 */
@RecordApplicationEvents
class ScreenAccessTest extends KaribuTest {

	@Autowired
	private ApplicationEvents events;

	@Autowired
	private SupportRequests requests;

	@Autowired
	private FlowCatalog catalog;

	/** A request the signed-in admin filed themselves. */
	private SupportRequest ownRequest() {
		return Requests.file(requests, catalog, "unlock-account", Language.ENGLISH, "adele@contoso.com");
	}

	private static String mainHeading() {
		return _get(H1.class).getText();
	}

	@Test
	void somebodyNotSignedInIsShownTheSignInScreenInstead() {
		startSessionAs(null);

		navigate("flow/unlock-account");

		_get(LoginView.class);
		assertThat(currentLocation()).isEqualTo("login");
	}

	@Test
	void anAdminOpeningTheSupportQueueSeesNotFoundAndTheAttemptIsAudited() {
		navigate("support");

		_get(NotFoundView.class);
		assertThat(events.stream(AuditEvent.class)).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo(AuditEvent.ACCESS_DENIED);
			assertThat(e.actor()).isEqualTo(TEST_USER);
			assertThat(e.detail()).isEqualTo("support");
		});
	}

	@Test
	void anAdminOpeningARequestInTheQueueSeesNotFoundEvenForTheirOwnRequest() {
		SupportRequest own = ownRequest();

		navigate("support/" + own.reference());

		_get(NotFoundView.class);
		assertThat(events.stream(AuditEvent.class).filter(e -> e.action().equals(AuditEvent.ACCESS_DENIED)))
			.singleElement()
			.satisfies(e -> assertThat(e.detail()).isEqualTo("support/" + own.reference()));
	}

	@Test
	void anAdminOpensTheirOwnRequestsAndTheFormButTheMenuOffersNoQueue() {
		SupportRequest own = ownRequest();

		navigate("my-requests");
		assertThat(mainHeading()).isEqualTo("My support requests");
		navigate("my-requests/" + own.reference());
		assertThat(_find(NotFoundView.class)).isEmpty();
		navigate("support-request/unlock-account?path=cannot-sign-in");
		assertThat(_find(NotFoundView.class)).isEmpty();

		navigate("my-runs");
		assertThat(mainHeading()).isEqualTo("My runs");

		assertThat(menuLinkIds()).contains("menu-my-requests-link", "menu-my-runs-link")
			.doesNotContain("menu-support-link");
	}

	@Test
	void supportStaffOpenTheQueueAndAnyRequestInIt() {
		SupportRequest filedByAnAdmin = ownRequest();
		startSessionAs(SUPPORT_USER, Roles.SUPPORT);

		navigate("support");
		assertThat(mainHeading()).isEqualTo("Support queue");
		navigate("support/" + filedByAnAdmin.reference());
		assertThat(mainHeading()).contains(filedByAnAdmin.reference());

		assertThat(menuLinkIds()).contains("menu-support-link", "menu-my-requests-link");
		assertThat(events.stream(AuditEvent.class)).noneMatch(e -> e.action().equals(AuditEvent.ACCESS_DENIED));
	}

	@ParameterizedTest
	@ValueSource(strings = { "flow/unlock-account", "my-requests", "my-runs" })
	void supportStaffAlsoDoWhatAdminsDo(String location) {
		startSessionAs(SUPPORT_USER, Roles.SUPPORT);

		navigate(location);

		assertThat(currentLocation()).startsWith(location);
		assertThat(_find(NotFoundView.class)).isEmpty();
	}

}
