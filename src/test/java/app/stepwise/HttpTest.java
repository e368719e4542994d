package app.stepwise;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Base for tests over real HTTP: the whole application on a random port, with its servlet
 * filters, headers, sessions and error pages, driven by {@link WebClient}. Users: the
 * development demo users ({@code admin}/{@code admin}, {@code support}/{@code support})
 * and {@link #CONFIGURED_USER}, configured with a BCrypt hash as an operator would.
 * {@link ServerProbe} records what the server saw.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "stepwise.security.users[0].username=" + HttpTest.CONFIGURED_USER,
				// BCrypt of CONFIGURED_PASSWORD
				"stepwise.security.users[0].password-hash=$2a$10$8lkWDNzAiAzDD0mk6AUBV.JrUW77z/1w5ZE2mv6ZtH.BNYJdBLuPu",
				"stepwise.security.users[0].roles=SUPPORT" })
@Import(ServerProbe.class)
@ExtendWith(OutputCaptureExtension.class)
public abstract class HttpTest {

	/**
	 * A user from configuration, with the role SUPPORT; name and password are not ASCII,
	 * as a Danish or Slovenian admin's may not be.
	 */
	protected static final String CONFIGURED_USER = "søren.čeh@contoso.example";

	protected static final String CONFIGURED_PASSWORD = "kørsel på čevapčiči";

	@LocalServerPort
	protected int port;

	@Autowired
	protected ServerProbe server;

	/** A visitor who has not signed in. */
	protected WebClient visitor() {
		return new WebClient("http://localhost:" + port + "/");
	}

	/** A visitor signed in with the form. */
	protected WebClient signedIn(String username, String password) {
		WebClient client = visitor();
		int status = client.signIn(username, password).status();
		if (status != 302) {
			throw new IllegalStateException("Signing in answered " + status);
		}
		return client;
	}

}
