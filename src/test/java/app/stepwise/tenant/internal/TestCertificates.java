package app.stepwise.tenant.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Self-signed certificates made for a test, as an admin would upload one to an app
 * registration: written as PEM (certificate and PKCS#8 key) or PKCS#12 with a password.
 */
final class TestCertificates {

	/** A certificate with its key pair. */
	record Made(X509Certificate certificate, KeyPair keys) {
	}

	private TestCertificates() {
	}

	static Made make(String algorithm, Instant notAfter) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
			generator.initialize(algorithm.equals("RSA") ? 2048 : 256);
			KeyPair keys = generator.generateKeyPair();
			X500Name name = new X500Name("CN=Stepwise test");
			var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(System.nanoTime()),
					Date.from(notAfter.minus(Duration.ofDays(400))), Date.from(notAfter), name, keys.getPublic());
			var signer = new JcaContentSignerBuilder(algorithm.equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA")
				.build(keys.getPrivate());
			return new Made(new JcaX509CertificateConverter().getCertificate(builder.build(signer)), keys);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Made rsa() {
		return make("RSA", Instant.now().plus(Duration.ofDays(365)));
	}

	static Path pem(Made made, Path directory) throws IOException {
		StringWriter text = new StringWriter();
		try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
			writer.writeObject(made.certificate());
			writer.writeObject(
					new org.bouncycastle.util.io.pem.PemObject("PRIVATE KEY", made.keys().getPrivate().getEncoded()));
		}
		return Files.writeString(directory.resolve("app.pem"), text.toString());
	}

	static Path pkcs12(Made made, Path directory, String password) throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry("app", made.keys().getPrivate(), password.toCharArray(),
				new java.security.cert.Certificate[] { made.certificate() });
		Path file = directory.resolve("app.pfx");
		try (OutputStream out = Files.newOutputStream(file)) {
			store.store(out, password.toCharArray());
		}
		return file;
	}

}
