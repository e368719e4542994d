package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

/**
 * A Stepwise server that an operations script started for a check run from outside the
 * test suite, named by the system properties {@code <prefix>.url}, {@code .user} and
 * {@code .password} (who signs in) and {@code .work} (where the check and the script
 * exchange files).
 */
record GivenServer(String prefix, String base, String user, String password, Path work) {

	static GivenServer named(String prefix, String defaultWork) {
		return new GivenServer(prefix, System.getProperty(prefix + ".url", "").replaceAll("/+$", "") + "/",
				System.getProperty(prefix + ".user", ""), System.getProperty(prefix + ".password", ""),
				Path.of(System.getProperty(prefix + ".work", defaultWork)));
	}

	/** Fails the check at once when the script did not say which server, or as whom. */
	void requireGiven() {
		assertThat(List.of(base, user, password)).as("needs -D%s.url, .user and .password", prefix)
			.noneMatch(value -> value.isEmpty() || value.equals("/"));
	}

	/** The address of a path on the server. */
	String url(String path) {
		return base + (path.startsWith("/") ? path.substring(1) : path);
	}

}
