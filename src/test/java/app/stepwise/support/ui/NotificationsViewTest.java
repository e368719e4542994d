package app.stepwise.support.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.base.ui.NotFoundView;
import app.stepwise.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Support staff see the notifications given up and send them again. */
class NotificationsViewTest extends KaribuTest {

	private static final Instant FILED = Instant.parse("2026-11-20T09:15:00Z");

	@Autowired
	private JdbcTemplate jdbc;

	private final UUID webhook = UUID.randomUUID();

	@BeforeEach
	void oneGivenUp() {
		jdbc.update("DELETE FROM notification_dead_letter");
		jdbc.update(
				"INSERT INTO notification_dead_letter (id, listener_id, event_type, serialized_event,"
						+ " publication_date, completion_attempts, given_up_at, channel, reference)"
						+ " VALUES (?, 'app.stepwise.escalation.internal.WebhookNotifier.on(x)', 'x', '{}', ?, 20, ?,"
						+ " 'webhook', 'SW-7K3F-9QMX')",
				webhook, Timestamp.from(FILED), Timestamp.from(FILED.plusSeconds(86_400)));
	}

	@AfterEach
	void cleanUp() {
		jdbc.update("DELETE FROM notification_dead_letter");
		jdbc.update("DELETE FROM event_publication WHERE id = ?", webhook);
	}

	@Test
	void supportStaffSeeEachNotificationGivenUpAndSendItAgain() {
		startSessionAs(SUPPORT_USER, Roles.SUPPORT);
		navigate("support/notifications");
		NotificationsView view = _get(NotificationsView.class);

		assertThat(view.title.getText()).isEqualTo("Undelivered notifications");
		assertThat(_size(view.grid)).isEqualTo(1);
		assertThat(_getFormatted(view.grid, 0, "channel")).isEqualTo("Webhook");
		assertThat(_getFormatted(view.grid, 0, "attempts")).isEqualTo("20");

		_click((Button) _getCellComponent(view.grid, 0, "action"));

		expectNotifications("The notification about SW-7K3F-9QMX will be sent again within a minute.");
		assertThat(_size(view.grid)).isZero();
		assertThat(jdbc.queryForObject("SELECT status FROM event_publication WHERE id = ?", String.class, webhook))
			.isEqualTo("FAILED");
	}

	@Test
	void theScreenSpeaksTheReadersLanguage() {
		startSessionAs(SUPPORT_USER, Roles.SUPPORT);
		UI.getCurrent().setLocale(Locale.forLanguageTag("sl"));
		navigate("support/notifications");
		NotificationsView view = _get(NotificationsView.class);

		assertThat(view.title.getText()).isEqualTo("Nedostavljena obvestila");
		assertThat(((Button) _getCellComponent(view.grid, 0, "action")).getText()).isEqualTo("Pošlji znova");
		assertThat(_getFormatted(view.grid, 0, "channel")).isEqualTo("Webhook");
	}

	@Test
	void anAdminSeesNotFound() {
		navigate("support/notifications");

		_get(NotFoundView.class);
	}

}
