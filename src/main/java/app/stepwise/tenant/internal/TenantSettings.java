package app.stepwise.tenant.internal;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The tenants Stepwise may read, from {@code stepwise.tenants.*}. Checked at start-up by
 * {@link ConfiguredTenants}; nothing here is ever logged or shown: the records' own
 * {@code toString} leaves secrets out.
 *
 * @param list the tenants, each with its own app registration or the shared {@link #app}
 * @param app one multi-tenant app registration, consented in each tenant that has no
 * client id of its own
 * @param demo the demo tenant: unset means "in development mode only"; {@code true} in
 * production mode stops the application
 * @param timeout how long one request to Microsoft may take, connecting included
 * @param maxRetryWait the longest {@code Retry-After} that is waited for before a check
 * reports that it could not run
 */
@ConfigurationProperties("stepwise.tenants")
public record TenantSettings(@DefaultValue List<Entry> list, @DefaultValue Credentials app, @Nullable Boolean demo,
		@DefaultValue("10s") Duration timeout, @DefaultValue("3s") Duration maxRetryWait) {

	/**
	 * One tenant.
	 *
	 * @param id a short id of your choice (letters, digits, hyphens): it names the tenant
	 * in addresses, the audit log and transcripts
	 * @param name the name people see
	 * @param tenantId the Directory (tenant) ID, or a verified domain such as
	 * {@code contoso.onmicrosoft.com}
	 * @param cloud {@code worldwide} (default) or {@code 21vianet}
	 * @param clientId the Application (client) ID of the tenant's own app registration;
	 * empty to use the shared {@link TenantSettings#app}
	 * @param clientSecret a client secret of that app (a secret)
	 * @param certificate instead of a secret, a certificate file of that app (see
	 * {@link Credentials#certificate})
	 * @param certificatePassword the certificate file's password (a secret)
	 */
	public record Entry(@Nullable String id, @Nullable String name, @Nullable String tenantId,
			@DefaultValue("worldwide") String cloud, @Nullable String clientId, @Nullable String clientSecret,
			@Nullable String certificate, @Nullable String certificatePassword) {

		@Override
		public String toString() {
			return "Tenant[" + id + ", " + tenantId + ", " + cloud + "]";
		}

	}

	/**
	 * An app registration's client credentials: a client secret, or (recommended) a
	 * certificate with its private key.
	 *
	 * @param clientId the Application (client) ID
	 * @param clientSecret a client secret's value (a secret)
	 * @param certificate a file with the certificate and its private key: PEM
	 * ({@code .pem}, {@code .crt} with the key) or PKCS#12 ({@code .pfx}, {@code .p12})
	 * @param certificatePassword the password of a PKCS#12 file or an encrypted PEM key
	 * (a secret)
	 */
	public record Credentials(@Nullable String clientId, @Nullable String clientSecret, @Nullable String certificate,
			@Nullable String certificatePassword) {

		@Override
		public String toString() {
			return "Credentials[" + clientId + "]";
		}

	}

}
