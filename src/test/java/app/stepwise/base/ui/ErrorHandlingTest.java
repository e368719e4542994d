package app.stepwise.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.security.Roles;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * When something fails on a screen, the person sees an apology in their language with an
 * error id; the log has the id with the details; the person never sees the details.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErrorHandlingTest extends KaribuTest {

	private static final String SECRET = "SELECT * FROM support_request WHERE 1=1 -- /opt/stepwise/internal";

	private static final Pattern ERROR_ID = Pattern.compile("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");

	/** A screen that fails while it is being built. */
	@RolesAllowed(Roles.ADMIN)
	public static class FailingView extends Div {

		public FailingView() {
			throw new IllegalStateException(SECRET);
		}

	}

	private static String errorId(String text) {
		Matcher matcher = ERROR_ID.matcher(text);
		assertThat(matcher.find()).as(text).isTrue();
		return matcher.group();
	}

	@Test
	void aScreenThatFailsToOpenShowsAnApologyWithAnErrorIdThatIsInTheLog(CapturedOutput output) {
		RouteConfiguration.forSessionScope().setRoute("test/failing", FailingView.class);

		navigate("test/failing");

		InternalErrorView error = _get(InternalErrorView.class);
		assertThat(_get(H1.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Something went wrong");
		_get(MainLayout.class);
		String id = errorId(error.errorId.getText());
		assertThat(output).contains("Error " + id + " while opening 'test/failing'", SECRET);
		assertThat(error.getElement().getTextRecursively()).doesNotContain("SELECT", "IllegalState", "/opt");
	}

	@Test
	void theApologyIsInTheReadersLanguage() {
		RouteConfiguration.forSessionScope().setRoute("test/failing", FailingView.class);
		UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("sl"));

		navigate("test/failing");

		assertThat(_get(H1.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Prišlo je do napake");
		assertThat(_get(InternalErrorView.class).errorId.getText()).startsWith("ID napake: ");
	}

	@Test
	void aFailingActionShowsANoticeWithAnErrorIdAndLeavesTheScreenAsItWas(CapturedOutput output) {
		navigate("flow/unlock-account");
		String before = UI.getCurrent().getElement().getTextRecursively();

		VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException(SECRET)));

		Notification notice = _get(Notification.class, spec -> spec.withId("error-notification"));
		String text = _get(notice, Span.class, spec -> spec.withId("error-notification-text")).getText();
		assertThat(text).startsWith("Something went wrong").doesNotContain("SELECT", "IllegalState");
		assertThat(output).contains("Error " + errorId(text) + " while handling an action", SECRET);
		assertThat(UI.getCurrent().getElement().getTextRecursively()).contains(before);
		assertThat(NotificationsKt.getNotifications()).hasSize(1);
	}

}
