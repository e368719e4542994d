package app.stepwise.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * Secrets come from files, one per property, in the directory
 * {@code STEPWISE_SECRETS_DIR} (default {@code /run/secrets/}), as Stepwise's
 * configuration imports it: nothing secret needs to be in the jar, the image or an
 * environment variable. (Reads the application's own configuration, without starting the
 * application.)
 */
class SecretsFromFilesTest {

	@Configuration(proxyBeanMethods = false)
	static class Nothing {

	}

	@Test
	void aFileNamedAsAPropertyGivesItsValue(@TempDir Path secrets) throws IOException {
		Files.writeString(secrets.resolve("spring.datasource.password"), "s3cret-from-a-file\n");
		Files.writeString(secrets.resolve("stepwise.notifications.webhook.secret"), "another-secret-value");

		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Nothing.class)
			.web(WebApplicationType.NONE)
			.run("--STEPWISE_SECRETS_DIR=" + secrets + "/")) {
			assertThat(context.getEnvironment().getProperty("spring.datasource.password"))
				.isEqualTo("s3cret-from-a-file");
			assertThat(context.getEnvironment().getProperty("stepwise.notifications.webhook.secret"))
				.isEqualTo("another-secret-value");
		}
	}

	@Test
	void withoutTheDirectoryNothingChanges() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Nothing.class)
			.web(WebApplicationType.NONE)
			.run("--STEPWISE_SECRETS_DIR=/nonexistent/stepwise-secrets/")) {
			assertThat(context.getEnvironment().getProperty("spring.datasource.password")).isNull();
		}
	}

}
