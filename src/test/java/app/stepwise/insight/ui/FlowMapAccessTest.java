package app.stepwise.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.base.AuditEvent;
import app.stepwise.base.ui.NotFoundView;
import app.stepwise.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The flow map is for support staff (and, in development, for authors signed in as the
 * demo support user): an admin is refused as if it did not exist, and does not find it in
 * the menu.
 */
@RecordApplicationEvents
class FlowMapAccessTest extends KaribuTest {

	@Autowired
	private ApplicationEvents events;

	@Test
	void anAdminIsRefusedTheMapAndTheAttemptIsAudited() {
		navigate("flow-map/unlock-account");

		_get(NotFoundView.class);
		assertThat(_find(FlowMapView.class)).isEmpty();
		assertThat(events.stream(AuditEvent.class)).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo(AuditEvent.ACCESS_DENIED);
			assertThat(e.actor()).isEqualTo(TEST_USER);
			assertThat(e.detail()).isEqualTo("flow-map/unlock-account");
		});
		assertThat(menuLinkIds()).doesNotContain("menu-flow-map-link");
	}

	@Test
	void supportStaffOpenTheMapFromTheMenu() {
		startSessionAs(SUPPORT_USER, Roles.SUPPORT);

		navigate("");

		assertThat(menuLinkIds()).contains("menu-flow-map-link");
		org.jsoup.nodes.Element link = menuLinks().select("#menu-flow-map-link").getFirst();
		assertThat(link.text()).isEqualTo("Flow map");
		navigate(link.attr("href"));
		assertThat(_find(FlowMapView.class)).hasSize(1);
		assertThat(events.stream(AuditEvent.class)).noneMatch(e -> e.action().equals(AuditEvent.ACCESS_DENIED));
	}

}
