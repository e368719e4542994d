package app.stepwise.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.HttpTest;
import app.stepwise.WebClient;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;

/**
 * Errors outside Vaadin's screens end on a short page in the reader's language, with an
 * error id that is also in the log, and nothing from inside: no exception, message, path
 * or trace.
 */
class ErrorPagesTest extends HttpTest {

	private static final Pattern ERROR_ID = Pattern.compile("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");

	private static String errorId(String text) {
		Matcher matcher = ERROR_ID.matcher(text);
		assertThat(matcher.find()).as(text).isTrue();
		return matcher.group();
	}

	@Test
	void aRefusedRequestGetsAPageInTheReadersLanguageWithAnErrorIdFromTheLog(CapturedOutput output) {
		WebClient admin = signedIn("admin", "admin").withHeader("Accept", "text/html")
			.withHeader("Accept-Language", "sv-SE,sv;q=0.9");

		WebClient.Response page = admin.get("actuator/env");

		assertThat(page.status()).isEqualTo(403);
		assertThat(page.header("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
		assertThat(page.body()).contains("<html lang=\"sv\"", "Åtkomst nekad", "Fel-ID: ", "Tillbaka till startsidan")
			.doesNotContain("Exception", "actuator", "Forbidden");
		assertThat(output).contains("Error " + errorId(page.body()) + ": status 403");
	}

	@Test
	void theRememberedLanguageChoiceWinsOverTheBrowsers() {
		WebClient admin = signedIn("admin", "admin").withHeader("Accept", "text/html")
			.withHeader("Accept-Language", "sv");
		admin.setCookie("stepwise-lang", "sl");

		assertThat(admin.get("actuator/env").body()).contains("<html lang=\"sl\"", "Dostop zavrnjen");
	}

	@Test
	void programsGetTheStatusAndTheErrorIdButNeitherPathNorMessage() {
		WebClient admin = signedIn("admin", "admin").withHeader("Accept", "application/json");

		String json = admin.get("actuator/env").body();

		assertThat(json).contains("\"status\":403", "\"errorId\":\"" + errorId(json) + "\"")
			.doesNotContain("path", "message", "exception", "trace", "actuator");
	}

	@Test
	void aRequestTheServerRefusesToReadGetsTheSamePage(CapturedOutput output) {
		WebClient browser = visitor().withHeader("Accept-Language", "da");

		WebClient.Response page = browser.get("flow/%3Cscript%3E%5Cx");

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("<html lang=\"da\"", "Anmodningen kunne ikke læses", "Fejl-id: ")
			.doesNotContain("Tomcat", "<script>", "Exception");
		assertThat(output).contains("Error " + errorId(page.body()) + ": status 400 from the server");
	}

	@Test
	void aPageAddressWithBrokenEscapesGetsThePageInsteadOfAServerError() {
		WebClient admin = signedIn("admin", "admin").withHeader("Accept", "text/html")
			.withHeader("Accept-Language", "nb");

		WebClient.Response page = admin.get("flow/unlock-account?lang=%ZZ");

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("Forespørselen kunne ikke leses", "Feil-ID: ");
	}

}
