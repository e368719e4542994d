package app.stepwise.tenant.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ssl.pem.PemContent;

/**
 * Reads a certificate and its private key from a PEM or PKCS#12 file. Problems are
 * reported in words that never contain the file's content or its password.
 */
final class CertificateFiles {

	/** A certificate with its key, or what is wrong with the file. */
	record Loaded(@Nullable X509Certificate certificate, @Nullable PrivateKey key, @Nullable String problem) {

		static Loaded problem(String problem) {
			return new Loaded(null, null, problem);
		}

	}

	private CertificateFiles() {
	}

	/**
	 * Reads the file; PKCS#12 by the extension {@code .pfx} or {@code .p12}, otherwise
	 * PEM.
	 * @param now to refuse a certificate that has expired
	 */
	static Loaded read(String location, @Nullable Secret password, Instant now) {
		Path path = Path.of(location);
		if (!Files.isReadable(path)) {
			return Loaded.problem("cannot be read (no such file, or no permission)");
		}
		Loaded loaded;
		try {
			loaded = isPkcs12(location) ? pkcs12(path, password) : pem(path, password);
		}
		catch (IOException | GeneralSecurityException | IllegalStateException | IllegalArgumentException ex) {
			// The exception's message may quote the file; only its type is reported.
			return Loaded.problem("cannot be read as " + (isPkcs12(location) ? "PKCS#12" : "PEM") + " ("
					+ ex.getClass().getSimpleName() + "; is the password right?)");
		}
		if (loaded.problem() != null) {
			return loaded;
		}
		if (!(loaded.key() instanceof RSAPrivateKey)) {
			return Loaded.problem("holds no RSA private key (Microsoft Entra ID signs client assertions with RSA)");
		}
		if (loaded.certificate().getNotAfter().toInstant().isBefore(now)) {
			return Loaded.problem("holds a certificate that expired on "
					+ loaded.certificate().getNotAfter().toInstant() + "; upload a new one to the app registration");
		}
		return loaded;
	}

	private static boolean isPkcs12(String location) {
		String lower = location.toLowerCase(Locale.ROOT);
		return lower.endsWith(".pfx") || lower.endsWith(".p12");
	}

	private static Loaded pem(Path path, @Nullable Secret password) throws IOException {
		PemContent content = PemContent.load(path);
		List<X509Certificate> certificates = content.getCertificates();
		PrivateKey key = content.getPrivateKey(password == null ? null : password.reveal());
		if (certificates == null || certificates.isEmpty()) {
			return Loaded.problem("holds no certificate (PEM 'BEGIN CERTIFICATE')");
		}
		if (key == null) {
			return Loaded.problem("holds no private key (PEM 'BEGIN PRIVATE KEY')");
		}
		return new Loaded(certificates.getFirst(), key, null);
	}

	private static Loaded pkcs12(Path path, @Nullable Secret password) throws IOException, GeneralSecurityException {
		char[] chars = password == null ? new char[0] : password.reveal().toCharArray();
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(path)) {
			store.load(in, chars);
		}
		for (String alias : Collections.list(store.aliases())) {
			if (store.isKeyEntry(alias) && store.getCertificate(alias) instanceof X509Certificate certificate) {
				return new Loaded(certificate, (PrivateKey) store.getKey(alias, chars), null);
			}
		}
		return Loaded.problem("holds no private key with its certificate");
	}

}
