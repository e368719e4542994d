package app.stepwise.tenant.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.flow.Cloud;
import app.stepwise.tenant.InvalidTenantSettingsException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The tenants from configuration are checked at start-up and every problem is listed at
 * once, naming the setting and never quoting a secret; the Germany cloud is refused as
 * closed, and the demo tenant is refused in production mode.
 */
class ConfiguredTenantsTest {

	private static final String GUID = "11111111-2222-4333-8444-555555555555";

	private static final String CLIENT = "aaaaaaaa-1111-4222-8333-444444444444";

	private static final String SECRET = "Zx8~never.in.a.message";

	private static final String PASSWORD = "pfx-password-never-shown";

	@TempDir
	Path files;

	private static TenantSettings.Entry tenant(String id, String cloud, String clientId, String secret,
			String certificate, String password) {
		return new TenantSettings.Entry(id, "Tenant " + id, GUID, cloud, clientId, secret, certificate, password);
	}

	private static TenantSettings settings(List<TenantSettings.Entry> list, TenantSettings.Credentials app,
			Boolean demo) {
		return new TenantSettings(list, app, demo, Duration.ofSeconds(10), Duration.ofSeconds(3));
	}

	private static final TenantSettings.Credentials NO_APP = new TenantSettings.Credentials(null, null, null, null);

	@Test
	void tenantsWithASecretACertificateOrTheSharedAppAreRead() throws Exception {
		TestCertificates.Made made = TestCertificates.rsa();
		Path pem = TestCertificates.pem(made, files);
		Path pfx = TestCertificates.pkcs12(made, files, PASSWORD);
		var settings = settings(List.of(tenant("contoso", "worldwide", CLIENT, SECRET, null, null),
				tenant("fabrikam", "21vianet", CLIENT, null, pem.toString(), null),
				tenant("northwind", "WorldWide", CLIENT, null, pfx.toString(), PASSWORD), new TenantSettings.Entry(
						"tailspin", "Tailspin", "tailspin.onmicrosoft.com", "worldwide", null, null, null, null)),
				new TenantSettings.Credentials(CLIENT, SECRET, null, null), null);

		List<TenantSpec> tenants = ConfiguredTenants.read(settings, false, Instant.now());

		assertThat(tenants).extracting(t -> t.tenant().id())
			.containsExactly("contoso", "fabrikam", "northwind", "tailspin");
		assertThat(tenants.get(1).tenant().cloud()).isEqualTo(Cloud.CHINA_21VIANET);
		assertThat(tenants.get(1).credential()).isInstanceOf(ClientCredential.Certificate.class);
		assertThat(tenants.get(2).credential()).isInstanceOfSatisfying(ClientCredential.Certificate.class,
				c -> assertThat(c.certificate()).isEqualTo(made.certificate()));
		assertThat(tenants.get(3).credential()).isInstanceOf(ClientCredential.ClientSecret.class);
		assertThat(tenants.toString()).doesNotContain(SECRET, PASSWORD);
	}

	@Test
	void everyProblemIsListedAtOnceWithoutASecret() throws Exception {
		Path expired = TestCertificates.pem(TestCertificates.make("RSA", Instant.now().minus(Duration.ofDays(1))),
				files.resolve("..").resolve(files.getFileName()));
		var settings = settings(
				List.of(tenant("Bad Id", "worldwide", CLIENT, SECRET, null, null),
						tenant("demo", "worldwide", CLIENT, SECRET, null, null),
						tenant("twice", "germany", CLIENT, SECRET, null, null),
						tenant("twice", "mars", "not-a-guid", SECRET, null, null),
						tenant("both", "worldwide", CLIENT, SECRET, files.resolve("x.pem").toString(), PASSWORD),
						tenant("none", "worldwide", CLIENT, null, null, null),
						tenant("missing", "worldwide", CLIENT, null, files.resolve("missing.pfx").toString(), PASSWORD),
						tenant("old", "worldwide", CLIENT, null, expired.toString(), null),
						new TenantSettings.Entry("nameless", "\u202E", "common", "worldwide", CLIENT, SECRET, null,
								null),
						new TenantSettings.Entry("shared", "Shared", GUID, "worldwide", null, null, null, null)),
				NO_APP, true);

		assertThatThrownBy(() -> ConfiguredTenants.read(settings, false, Instant.now()))
			.isInstanceOfSatisfying(InvalidTenantSettingsException.class, e -> {
				assertThat(e.getMessage()).contains("stepwise.tenants.demo=true, but Stepwise runs in production mode",
						"list[0].id must be", "list[1].id 'demo' is reserved",
						"list[2].cloud is 'germany', but Microsoft Cloud Deutschland was closed in October 2021",
						"list[3].id 'twice' is given twice", "list[3].cloud must be worldwide or 21vianet",
						"list[3].client-id must be", "list[4] has both a client-secret and a certificate",
						"list[5] needs a certificate (recommended) or a client-secret",
						"list[6].certificate cannot be read", "list[7].certificate holds a certificate that expired",
						"list[8].name must be", "list[8].tenant-id must be", "stepwise.tenants.app.client-id must be");
				assertThat(e.problems()).hasSize(15);
				assertThat(e.getMessage()).doesNotContain(SECRET, PASSWORD);
			});
	}

	@Test
	void aWrongPasswordOrAKeyThatIsNotRsaIsExplainedWithoutThePassword() throws Exception {
		Path pfx = TestCertificates.pkcs12(TestCertificates.rsa(), files, PASSWORD);
		Path ec = TestCertificates.pem(TestCertificates.make("EC", Instant.now().plus(Duration.ofDays(9))),
				files.resolve("..").resolve(files.getFileName()));
		var settings = settings(List.of(tenant("wrong", "worldwide", CLIENT, null, pfx.toString(), "guess"),
				tenant("curve", "worldwide", CLIENT, null, ec.toString(), null)), NO_APP, null);

		assertThatThrownBy(() -> ConfiguredTenants.read(settings, true, Instant.now()))
			.isInstanceOfSatisfying(InvalidTenantSettingsException.class, e -> {
				assertThat(e.problems()).hasSize(2);
				assertThat(e.getMessage())
					.contains("cannot be read as PKCS#12", "is the password right?", "holds no RSA private key")
					.doesNotContain("guess", PASSWORD);
			});
	}

	@Test
	void theSharedAppServesOneCloudOnly() {
		var settings = settings(
				List.of(new TenantSettings.Entry("a", "A", GUID, "worldwide", null, null, null, null),
						new TenantSettings.Entry("b", "B", GUID, "21vianet", null, null, null, null)),
				new TenantSettings.Credentials(CLIENT, SECRET, null, null), null);

		assertThatThrownBy(() -> ConfiguredTenants.read(settings, true, Instant.now()))
			.hasMessageContaining("stepwise.tenants.app is used by tenants in more than one cloud");
	}

	@Test
	void theDemoTenantIsWantedInDevelopmentUnlessSwitchedOffAndNeverInProduction() {
		assertThat(ConfiguredTenants.demoWanted(settings(List.of(), NO_APP, null), true)).isTrue();
		assertThat(ConfiguredTenants.demoWanted(settings(List.of(), NO_APP, false), true)).isFalse();
		assertThat(ConfiguredTenants.demoWanted(settings(List.of(), NO_APP, null), false)).isFalse();
		assertThat(ConfiguredTenants.read(settings(List.of(), NO_APP, null), false, Instant.now())).isEmpty();
	}

	@Test
	void settingsCredentialsAndSecretsPrintWithoutTheSecret() {
		var entry = tenant("contoso", "worldwide", CLIENT, SECRET, null, PASSWORD);
		var app = new TenantSettings.Credentials(CLIENT, SECRET, "/etc/app.pfx", PASSWORD);

		assertThat(entry + " " + app + " " + settings(List.of(entry), app, null) + " " + new Secret(SECRET) + " "
				+ new ClientCredential.ClientSecret(CLIENT, new Secret(SECRET)))
			.doesNotContain(SECRET, PASSWORD)
			.contains("******");
	}

	@Test
	void theRefusalToStartSaysWhatToCorrectInsteadOfATrace() {
		FailureAnalysis analysis = new InvalidTenantSettingsFailureAnalyzer()
			.analyze(new InvalidTenantSettingsException(List.of("one", "two")));

		assertThat(analysis.getDescription()).contains("2 problem(s)", "  - one", "  - two");
		assertThat(analysis.getAction()).contains("stepwise.tenants", "Tenant checks");
	}

}
