package app.stepwise.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.base.AuditEvent;
import app.stepwise.base.ui.NotFoundView;
import app.stepwise.insight.Insight;
import app.stepwise.insight.InsightFilter;
import app.stepwise.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Insight is for support staff: an admin is refused the screen as if it did not exist,
 * does not find it in the menu, and cannot read the figures through the service either.
 */
@RecordApplicationEvents
class InsightAccessTest extends KaribuTest {

	@Autowired
	private ApplicationEvents events;

	@Autowired
	private Insight insight;

	@Test
	void anAdminIsRefusedTheScreenAndTheFigures() {
		navigate("insight");

		_get(NotFoundView.class);
		assertThat(_find(InsightView.class)).isEmpty();
		assertThat(events.stream(AuditEvent.class)).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo(AuditEvent.ACCESS_DENIED);
			assertThat(e.actor()).isEqualTo(TEST_USER);
			assertThat(e.detail()).isEqualTo("insight");
		});
		assertThat(menuLinkIds()).doesNotContain("menu-insight-link");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> insight.figures(insight.lastDays(30), InsightFilter.NONE))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void supportStaffOpenInsightFromTheMenu() {
		startSessionAs(SUPPORT_USER, Roles.SUPPORT);

		navigate("");

		org.jsoup.nodes.Element link = menuLinks().select("#menu-insight-link").getFirst();
		assertThat(link.text()).isEqualTo("Insight");
		navigate(link.attr("href"));
		assertThat(_find(InsightView.class)).hasSize(1);
		assertThat(events.stream(AuditEvent.class)).noneMatch(e -> e.action().equals(AuditEvent.ACCESS_DENIED));
	}

}
