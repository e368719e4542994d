package app.stepwise.tenant.internal;

import app.stepwise.flow.Cloud;
import app.stepwise.tenant.InvalidTenantSettingsException;
import app.stepwise.tenant.Tenant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The tenants from {@code stepwise.tenants.*}, every entry checked at start-up and every
 * problem reported at once, like the sign-in users. A problem names the setting and never
 * quotes a secret.
 */
final class ConfiguredTenants {

	/** The id of the demo tenant, which configured tenants cannot use. */
	static final String DEMO_ID = "demo";

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern GUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

	private static final Pattern VISIBLE = Pattern.compile("[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]{1,100}");

	private static final String APP = "stepwise.tenants.app";

	private ConfiguredTenants() {
	}

	/** Whether the demo tenant is wanted: as set, or in development mode when unset. */
	static boolean demoWanted(TenantSettings settings, boolean developmentMode) {
		return settings.demo() == null ? developmentMode : settings.demo();
	}

	/**
	 * The configured tenants, in the order given.
	 * @throws InvalidTenantSettingsException listing every problem found
	 */
	static List<TenantSpec> read(TenantSettings settings, boolean developmentMode, Instant now) {
		List<String> problems = new ArrayList<>();
		if (demoWanted(settings, developmentMode) && !developmentMode) {
			problems.add("stepwise.tenants.demo=true, but Stepwise runs in production mode. The demo tenant is made-up"
					+ " data served by Stepwise itself; remove the setting and configure real tenants.");
		}
		List<TenantSpec> tenants = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		Set<Cloud> sharedAppClouds = new HashSet<>();
		ClientCredential sharedApp = null;
		boolean sharedAppChecked = false;
		for (int i = 0; i < settings.list().size(); i++) {
			TenantSettings.Entry entry = settings.list().get(i);
			String at = "stepwise.tenants.list[" + i + "]";
			int before = problems.size();
			String id = entry.id();
			if (id == null || id.length() > 40 || !ID.matcher(id).matches()) {
				problems.add(at + ".id must be 1 to 40 lower-case letters, digits and single hyphens");
			}
			else if (id.equals(DEMO_ID)) {
				problems.add(at + ".id '" + DEMO_ID + "' is reserved for the demo tenant; choose another");
			}
			else if (!ids.add(id)) {
				problems.add(at + ".id '" + id + "' is given twice");
			}
			if (entry.name() == null || !VISIBLE.matcher(entry.name().strip()).matches()) {
				problems.add(at + ".name must be 1 to 100 visible characters (the name people see)");
			}
			String directory = entry.tenantId() == null ? "" : entry.tenantId().strip().toLowerCase(Locale.ROOT);
			if (!GUID.matcher(directory).matches() && !DOMAIN.matcher(directory).matches()) {
				problems.add(at + ".tenant-id must be the Directory (tenant) ID, a GUID, or a verified domain such as"
						+ " contoso.onmicrosoft.com");
			}
			Cloud cloud = cloud(entry.cloud(), at, problems);
			ClientCredential credential;
			if (entry.clientId() == null && entry.clientSecret() == null && entry.certificate() == null) {
				if (!sharedAppChecked) {
					sharedApp = credential(settings.app(), APP, "tenants without a client-id of their own", problems,
							now);
					sharedAppChecked = true;
				}
				credential = sharedApp;
				if (cloud != null) {
					sharedAppClouds.add(cloud);
				}
			}
			else {
				credential = credential(new TenantSettings.Credentials(entry.clientId(), entry.clientSecret(),
						entry.certificate(), entry.certificatePassword()), at, "this tenant", problems, now);
			}
			if (problems.size() == before && credential != null && cloud != null && id != null) {
				tenants.add(new TenantSpec(new Tenant(id, entry.name().strip(), cloud, false), directory, credential));
			}
		}
		if (sharedAppClouds.size() > 1) {
			problems.add(APP + " is used by tenants in more than one cloud, but an app registration lives in one"
					+ " cloud: give the tenants of the other cloud a client-id of their own");
		}
		if (!problems.isEmpty()) {
			throw new InvalidTenantSettingsException(problems);
		}
		return tenants;
	}

	private static @Nullable Cloud cloud(String value, String at, List<String> problems) {
		String cloud = value.strip().toLowerCase(Locale.ROOT);
		if (cloud.equals(Cloud.GERMANY.id())) {
			problems.add(at + ".cloud is 'germany', but Microsoft Cloud Deutschland was closed in October 2021 and its"
					+ " tenants moved to the worldwide cloud: set cloud=worldwide");
			return null;
		}
		if (cloud.equals(Cloud.WORLDWIDE.id()) || cloud.equals(Cloud.CHINA_21VIANET.id())) {
			return Cloud.byId(cloud).orElseThrow();
		}
		problems.add(at + ".cloud must be worldwide or 21vianet");
		return null;
	}

	private static @Nullable ClientCredential credential(TenantSettings.Credentials given, String at, String forWhom,
			List<String> problems, Instant now) {
		int before = problems.size();
		String clientId = given.clientId() == null ? "" : given.clientId().strip();
		if (!GUID.matcher(clientId).matches()) {
			problems
				.add(at + ".client-id must be the app registration's Application (client) ID, a GUID, for " + forWhom);
		}
		boolean secret = given.clientSecret() != null && !given.clientSecret().isBlank();
		boolean certificate = given.certificate() != null && !given.certificate().isBlank();
		if (secret == certificate) {
			problems.add(at + (secret
					? " has both a client-secret and a certificate: give one (a certificate is" + " recommended)"
					: " needs a certificate (recommended) or a client-secret"));
		}
		if (problems.size() > before) {
			return null;
		}
		if (secret) {
			return new ClientCredential.ClientSecret(clientId, new Secret(given.clientSecret().strip()));
		}
		Secret password = given.certificatePassword() == null ? null : new Secret(given.certificatePassword());
		CertificateFiles.Loaded loaded = CertificateFiles.read(given.certificate().strip(), password, now);
		if (loaded.problem() != null) {
			problems.add(at + ".certificate " + loaded.problem());
			return null;
		}
		return new ClientCredential.Certificate(clientId, loaded.certificate(), loaded.key());
	}

}
