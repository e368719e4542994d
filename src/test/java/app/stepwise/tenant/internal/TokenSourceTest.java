package app.stepwise.tenant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.flow.Cloud;
import app.stepwise.tenant.GraphStandIn;
import app.stepwise.tenant.GraphStandIn.Reply;
import app.stepwise.tenant.Tenant;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Client credentials: with a certificate, a client assertion signed by its key that
 * Microsoft Entra ID can verify (x5t thumbprint, audience = token endpoint); tokens kept
 * until shortly before they expire.
 */
class TokenSourceTest {

	private final GraphStandIn graph = GraphStandIn.start();

	@AfterEach
	void stop() {
		graph.close();
	}

	private TokenSource source(ClientCredential credential, Clock clock) {
		var spec = new TenantSpec(new Tenant("contoso", "Contoso", Cloud.WORLDWIDE, false),
				"11111111-2222-4333-8444-555555555555", credential);
		return new TokenSource(spec, new GraphEndpoints(graph.root(), graph.root()),
				GraphHttp.builder(Duration.ofSeconds(2)), clock);
	}

	private static Map<String, String> form(String body) {
		return Arrays.stream(body.split("&"))
			.map(p -> p.split("=", 2))
			.collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
	}

	@Test
	void aCertificateSignsAClientAssertionThatEntraIdCanVerify() throws Exception {
		TestCertificates.Made made = TestCertificates.rsa();
		TokenSource tokens = source(
				new ClientCredential.Certificate(StandInTenant.CLIENT_ID, made.certificate(), made.keys().getPrivate()),
				Clock.systemUTC());

		assertThat(tokens.token()).isEqualTo("t-1");

		Map<String, String> form = form(graph.tokenRequests().getFirst().body());
		assertThat(form).containsEntry("grant_type", "client_credentials")
			.containsEntry("client_id", StandInTenant.CLIENT_ID)
			.containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
			.doesNotContainKey("client_secret");
		SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
		assertThat(assertion.verify(new RSASSAVerifier((RSAPublicKey) made.certificate().getPublicKey()))).isTrue();
		assertThat(assertion.getHeader().getX509CertThumbprint())
			.isEqualTo(Base64URL.encode(MessageDigest.getInstance("SHA-1").digest(made.certificate().getEncoded())));
		assertThat(assertion.getJWTClaimsSet().getIssuer()).isEqualTo(StandInTenant.CLIENT_ID);
		assertThat(assertion.getJWTClaimsSet().getSubject()).isEqualTo(StandInTenant.CLIENT_ID);
		assertThat(assertion.getJWTClaimsSet().getAudience())
			.containsExactly(graph.root() + "/11111111-2222-4333-8444-555555555555/oauth2/v2.0/token");
		assertThat(assertion.getJWTClaimsSet().getJWTID()).isNotBlank();
		assertThat(assertion.getJWTClaimsSet().getExpirationTime()).isAfter(new java.util.Date());
	}

	@Test
	void aTokenIsKeptUntilTwoMinutesBeforeItExpires() throws Exception {
		var clock = new java.util.concurrent.atomic.AtomicReference<>(Instant.now());
		Clock moving = new Clock() {
			@Override
			public java.time.ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return clock.get();
			}
		};
		graph.token(Reply.json("{\"token_type\":\"Bearer\",\"expires_in\":600,\"access_token\":\"t-1\"}"));
		TokenSource tokens = source(
				new ClientCredential.ClientSecret(StandInTenant.CLIENT_ID, new Secret(StandInTenant.SECRET)), moving);

		tokens.token();
		clock.set(clock.get().plus(Duration.ofMinutes(7)));
		tokens.token();
		assertThat(graph.tokenRequests()).hasSize(1);

		clock.set(clock.get().plus(Duration.ofMinutes(2)));
		tokens.token();
		assertThat(graph.tokenRequests()).hasSize(2);
	}

}
