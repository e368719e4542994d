package app.stepwise.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.Application;
import app.stepwise.TestUsers;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.i18n.Language;
import app.stepwise.security.Roles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * Requests are stored for real: after the application stops and starts again on the same
 * database file, they are still in the queue with their history.
 */
class RequestsSurviveRestartTest {

	@TempDir
	static Path data;

	/**
	 * The application on an H2 file in a temporary folder; with the {@code postgres}
	 * profile, on that database instead.
	 */
	private static ConfigurableApplicationContext start() {
		boolean postgres = System.getProperty("spring.profiles.active", "").contains("postgres");
		String database = postgres ? "" : "--spring.datasource.url=jdbc:h2:file:" + data.resolve("stepwise");
		return new SpringApplicationBuilder(Application.class).run("--stepwise.data-dir=" + data, database,
				"--server.port=0", "--spring.main.banner-mode=off");
	}

	/**
	 * Outside Spring's test context, signed in by hand in the running application: as
	 * support staff, who may file and also work the queue.
	 */
	private static void signInAsSupport(ConfigurableApplicationContext application) {
		TestUsers.signIn(application, "support-person", Roles.SUPPORT);
	}

	@Test
	void aRequestFiledBeforeARestartIsInTheQueueAfterIt() {
		String reference;
		try (ConfigurableApplicationContext first = start()) {
			signInAsSupport(first);
			SupportRequests requests = first.getBean(SupportRequests.class);
			SupportRequest filed = Requests.file(requests, first.getBean(FlowCatalog.class), "unlock-account",
					Language.SWEDISH, "anna@contoso.com");
			requests.changeStatus(filed.reference(), filed.version(), RequestStatus.IN_PROGRESS, "On it.");
			reference = filed.reference();
			TestUsers.signOut(first);
		}

		try (ConfigurableApplicationContext second = start()) {
			signInAsSupport(second);
			SupportRequests requests = second.getBean(SupportRequests.class);

			assertThat(requests.queue(QueueFilter.all(), PageRequest.of(0, 50)))
				.extracting(SupportRequestRow::reference)
				.contains(reference);
			SupportRequest again = requests.find(reference).orElseThrow();
			assertThat(again.status()).isEqualTo(RequestStatus.IN_PROGRESS);
			assertThat(again.history()).extracting(SupportRequest.StatusChange::comment).containsExactly("On it.");
			assertThat(again.transcript()).isNotEmpty();
			TestUsers.signOut(second);
		}
	}

}
