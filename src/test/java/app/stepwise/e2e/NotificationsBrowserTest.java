package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Support staff see an undelivered notification in a real browser, in Slovenian, and send
 * it again. Screenshots of the screen in English and Slovenian go to
 * {@code target/screenshots/}.
 */
class NotificationsBrowserTest extends BrowserTest {

	@Autowired
	private JdbcTemplate jdbc;

	private final UUID notification = UUID.randomUUID();

	@Override
	protected @Nullable String user() {
		return "support";
	}

	@AfterEach
	void cleanUp() {
		jdbc.update("DELETE FROM notification_dead_letter WHERE id = ?", notification);
		jdbc.update("DELETE FROM event_publication WHERE id = ?", notification);
	}

	@Test
	void supportStaffSendAnUndeliveredNotificationAgain() {
		Instant filed = Instant.parse("2026-11-20T09:15:00Z");
		jdbc.update(
				"INSERT INTO notification_dead_letter (id, listener_id, event_type, serialized_event,"
						+ " publication_date, completion_attempts, given_up_at, channel, reference)"
						+ " VALUES (?, 'x', 'x', '{}', ?, 20, ?, 'mail', 'SW-7K3F-9QMX')",
				notification, Timestamp.from(filed), Timestamp.from(filed.plusSeconds(86_400)));

		open("support/notifications?lang=en");
		assertThat(byId("notifications-title").textContent()).isEqualTo("Undelivered notifications");
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/notifications-en.png")));

		open("support/notifications?lang=sl");

		assertThat(byId("notifications-title").textContent()).isEqualTo("Nedostavljena obvestila");
		assertThat(page.getByText("SW-7K3F-9QMX").isVisible()).isTrue();
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/notifications-sl.png")));

		byId("send-again-" + notification).click();
		settle();

		assertThat(page.getByText("Obvestilo o SW-7K3F-9QMX bo znova poslano v eni minuti.").isVisible()).isTrue();
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE id = ?", Integer.class, notification))
			.isEqualTo(1);
	}

}
