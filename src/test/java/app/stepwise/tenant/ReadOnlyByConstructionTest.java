package app.stepwise.tenant;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.flow.TenantCheck;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/**
 * Stepwise never writes to a tenant: no code of the tenant feature can send anything but
 * {@code GET} to Graph (the only other request, the token request, is Spring Security's),
 * and no permission Stepwise asks for can write.
 */
class ReadOnlyByConstructionTest {

	private static final JavaClasses TENANT = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("app.stepwise.tenant");

	@Test
	void theTenantFeatureNeverBuildsARequestThatIsNotAGet() {
		noClasses().should()
			.callMethod(RestClient.class, "post")
			.orShould()
			.callMethod(RestClient.class, "put")
			.orShould()
			.callMethod(RestClient.class, "patch")
			.orShould()
			.callMethod(RestClient.class, "delete")
			.orShould()
			.callMethod(RestClient.class, "head")
			.orShould()
			.callMethod(RestClient.class, "options")
			.orShould()
			.callMethodWhere(target(name("method")).and(target(owner(assignableTo(RestClient.class)))))
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("java.net.HttpURLConnection")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.web.client.RestTemplate")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("java.net.http.HttpRequest")
			.because("Stepwise only reads tenants; requests go through GraphClient, whose only method is GET")
			.check(TENANT);
	}

	@Test
	void noPermissionThatTheChecksNeedCanWrite() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/app/stepwise/tenant"))) {
			assertThat(files.filter(f -> f.toString().endsWith(".java")))
				.allSatisfy(f -> assertThat(Files.readString(f)).doesNotContainPattern("[A-Za-z]+\\.ReadWrite"));
		}
		assertThat(Files.readString(Path.of("README.md"))).doesNotContainPattern("`[A-Za-z]+\\.ReadWrite[A-Za-z.]*`");
		assertThat(TenantCheck.values()).isNotEmpty();
	}

}
