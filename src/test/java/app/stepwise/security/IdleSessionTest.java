package app.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.HttpTest;
import app.stepwise.WebClient;
import app.stepwise.base.AuditEvent;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Collections;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * A session without activity for the idle timeout is closed, although the open page keeps
 * sending heartbeats, and with it the sign-in. Instead of waiting half an hour, the test
 * moves the session's last activity back in time on the server, then lets the page send
 * its next heartbeat, as the browser would.
 */
class IdleSessionTest extends HttpTest {

	@Autowired
	private WebServerApplicationContext context;

	@Test
	void aHeartbeatAfterTheIdleTimeoutEndsTheSessionAndTheSignIn() throws Exception {
		WebClient browser = signedIn("admin", "admin");
		browser.openUi("", "");
		VaadinSession session = vaadinSession(browser.cookie("JSESSIONID"));
		int timeout = session.getSession().getMaxInactiveInterval();
		assertThat(Duration.ofSeconds(timeout)).isEqualTo(Duration.ofMinutes(30));

		lastActivity(session, Duration.ofSeconds(timeout + 60));
		browser.postEmpty("?v-r=heartbeat&v-uiId=0");

		assertThat(browser.get("").location()).endsWith("/login");
		assertThat(server.audit().getLast()).satisfies(e -> {
			assertThat(e.action()).isEqualTo(AuditEvent.SIGN_OUT);
			assertThat(e.actor()).isEqualTo("admin");
			assertThat(e.detail()).contains("inactivity");
		});
	}

	@Test
	void heartbeatsWithinTheTimeoutKeepTheSession() throws Exception {
		WebClient browser = signedIn("admin", "admin");
		browser.openUi("", "");
		VaadinSession session = vaadinSession(browser.cookie("JSESSIONID"));

		lastActivity(session, Duration.ofMinutes(29));
		browser.postEmpty("?v-r=heartbeat&v-uiId=0");

		assertThat(browser.get("").status()).isEqualTo(200);
	}

	@Test
	void theBrowserIsSentToTheSignInScreenWhichSaysWhy() {
		WebClient browser = visitor();

		String screen = browser.openUi("login", "expired").body();

		assertThat(browser.get("?v-r=init&location=&query=").body()).contains("\"url\":\"login?expired\"");
		assertThat(screen).contains("You were signed out because there was no activity for a while.");
	}

	private static void lastActivity(VaadinSession session, Duration ago) {
		session.lock();
		try {
			session.setLastRequestTimestamp(System.currentTimeMillis() - ago.toMillis());
		}
		finally {
			session.unlock();
		}
	}

	private VaadinSession vaadinSession(String sessionId) throws Exception {
		TomcatWebServer server = (TomcatWebServer) context.getWebServer();
		Context webapp = (Context) server.getTomcat().getHost().findChildren()[0];
		Session session = webapp.getManager().findSession(sessionId);
		HttpSession http = session.getSession();
		return Collections.list(http.getAttributeNames())
			.stream()
			.map(http::getAttribute)
			.filter(VaadinSession.class::isInstance)
			.map(VaadinSession.class::cast)
			.findFirst()
			.orElseThrow();
	}

}
