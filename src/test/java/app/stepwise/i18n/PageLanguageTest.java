package app.stepwise.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.HttpTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The page's {@code <html lang>} is right from the first byte, before any script runs.
 */
class PageLanguageTest extends HttpTest {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

	private String page(String path, String header, String value) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (header != null) {
			request.header(header, value);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	@Test
	void theBrowsersLanguageSetsTheHtmlLang() throws Exception {
		assertThat(page("/", "Accept-Language", "nn-NO,nn;q=0.9")).contains("<html lang=\"nb\"");
		assertThat(page("/", "Accept-Language", "de-DE")).contains("<html lang=\"en\"");
	}

	@Test
	void theAddressSetsTheHtmlLang() throws Exception {
		// On the sign-in screen: every other screen first sends a visitor there, without
		// the address's query.
		assertThat(page("/login?lang=sl", "Accept-Language", "sv")).contains("<html lang=\"sl\"");
	}

	@Test
	void theAddresssLanguageHoldsForTheRestOfTheVisit() throws Exception {
		HttpClient visit = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NORMAL)
			.cookieHandler(new CookieManager())
			.build();
		visit.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login?lang=sl"))
			.header("Accept-Language", "sv")
			.build(), HttpResponse.BodyHandlers.ofString());

		// Where a failed sign-in leads: the address no longer says which language.
		String again = visit
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login?error"))
				.header("Accept-Language", "sv")
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();

		assertThat(again).contains("<html lang=\"sl\"");
		assertThat(page("/login?error", "Accept-Language", "sv")).contains("<html lang=\"sv\"");
	}

	@Test
	void aRememberedChoiceSetsTheHtmlLang() throws Exception {
		assertThat(page("/?lang=sl", "Cookie", LanguageSetup.COOKIE + "=da")).contains("<html lang=\"da\"");
	}

}
