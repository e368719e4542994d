package app.stepwise.tenant.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Adds the app's credential to the token request's form at the last moment, after Spring
 * has written (and, at DEBUG, logged) the form: a client secret, or a client assertion
 * signed with the certificate's key ({@code RS256}, the certificate's SHA-1 thumbprint as
 * {@code x5t}, audience the token endpoint, valid five minutes), as Microsoft Entra ID
 * expects. So neither the secret nor an assertion, which could be replayed while valid,
 * is ever in a log line.
 */
final class ClientAuthentication implements ClientHttpRequestInterceptor {

	static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

	private static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(5);

	private final ClientCredential credential;

	private final URI tokenUri;

	private final Clock clock;

	ClientAuthentication(ClientCredential credential, URI tokenUri, Clock clock) {
		this.credential = credential;
		this.tokenUri = tokenUri;
		this.clock = clock;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		String added = switch (credential) {
			case ClientCredential.ClientSecret secret -> "client_secret=" + encode(secret.secret().reveal());
			case ClientCredential.Certificate certificate -> "client_assertion_type=" + encode(ASSERTION_TYPE)
					+ "&client_assertion=" + encode(assertion(certificate));
		};
		byte[] form = ((body.length == 0 ? "" : new String(body, StandardCharsets.UTF_8) + "&") + added)
			.getBytes(StandardCharsets.UTF_8);
		request.getHeaders().setContentLength(form.length);
		return execution.execute(request, form);
	}

	private String assertion(ClientCredential.Certificate certificate) throws IOException {
		Instant now = clock.instant();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(credential.clientId())
			.subject(credential.clientId())
			.audience(tokenUri.toString())
			.jwtID(UUID.randomUUID().toString())
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now))
			.expirationTime(Date.from(now.plus(ASSERTION_LIFETIME)))
			.build();
		try {
			Base64URL thumbprint = Base64URL
				.encode(MessageDigest.getInstance("SHA-1").digest(certificate.certificate().getEncoded()));
			JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).x509CertThumbprint(thumbprint)
				.keyID(thumbprint.toString())
				.build();
			SignedJWT jwt = new SignedJWT(header, claims);
			jwt.sign(new RSASSASigner(certificate.key()));
			return jwt.serialize();
		}
		catch (JOSEException | NoSuchAlgorithmException | CertificateEncodingException ex) {
			throw new IOException("The client assertion cannot be signed", ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
