package app.stepwise.tenant.internal;

import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * App-only access tokens for one tenant, by the OAuth 2.0 client credentials grant,
 * through Spring Security's token client: the only request Stepwise sends that is not a
 * {@code GET}, and it goes to Microsoft Entra ID's token endpoint, not to Graph. A token
 * is kept until two minutes before it expires.
 *
 * <p>
 * The credential is not given to Spring's {@link ClientRegistration} (whose
 * {@code toString} prints a secret) nor to the form Spring writes (which Spring logs at
 * DEBUG); {@link ClientAuthentication} adds it to the request's body at the last moment.
 */
final class TokenSource {

	private static final Duration EARLY = Duration.ofMinutes(2);

	private static final Pattern ENTRA_CODE = Pattern.compile("AADSTS\\d+");

	private final ClientRegistration registration;

	private final RestClientClientCredentialsTokenResponseClient client = new RestClientClientCredentialsTokenResponseClient();

	private final Clock clock;

	private @Nullable OAuth2AccessToken token;

	TokenSource(TenantSpec spec, GraphEndpoints endpoints, RestClient.Builder http, Clock clock) {
		this.clock = clock;
		URI tokenUri = endpoints.tokenUri(spec.directory());
		this.registration = ClientRegistration.withRegistrationId("tenant-" + spec.tenant().id())
			.clientId(spec.credential().clientId())
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scope(endpoints.scope())
			.tokenUri(tokenUri.toString())
			.build();
		client.setRestClient(http.clone().messageConverters(converters -> {
			converters.clear();
			converters.add(new FormHttpMessageConverter());
			converters.add(new OAuth2AccessTokenResponseHttpMessageConverter());
		})
			.defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
			.requestInterceptor(new ClientAuthentication(spec.credential(), tokenUri, clock))
			.build());
	}

	/** A valid access token for Graph, asking Microsoft Entra ID for one if needed. */
	synchronized String token() throws GraphFailure {
		if (token == null || token.getExpiresAt() == null
				|| clock.instant().plus(EARLY).isAfter(token.getExpiresAt())) {
			token = fetch();
		}
		return token.getTokenValue();
	}

	/**
	 * Drops the kept token, after Graph refused it, so that the next request gets
	 * another.
	 */
	synchronized void forget() {
		token = null;
	}

	private OAuth2AccessToken fetch() throws GraphFailure {
		try {
			return client.getTokenResponse(new OAuth2ClientCredentialsGrantRequest(registration)).getAccessToken();
		}
		catch (OAuth2AuthorizationException ex) {
			GraphFailure.Kind unreachable = unreachable(ex);
			if (unreachable != null) {
				throw new GraphFailure(unreachable, "token");
			}
			String description = ex.getError().getDescription();
			Matcher code = ENTRA_CODE.matcher(description == null ? "" : description);
			throw new GraphFailure(GraphFailure.Kind.TOKEN_REFUSED,
					code.find() ? code.group() : ex.getError().getErrorCode());
		}
		catch (ResourceAccessException ex) {
			throw new GraphFailure(ex.getCause() instanceof HttpTimeoutException ? GraphFailure.Kind.TIMEOUT
					: GraphFailure.Kind.UNAVAILABLE, "token");
		}
		catch (RestClientException ex) {
			throw new GraphFailure(GraphFailure.Kind.UNEXPECTED, "token");
		}
	}

	/** Timeout or unavailable when the token endpoint was not reached at all. */
	private static GraphFailure.@Nullable Kind unreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof HttpTimeoutException || cause instanceof java.net.SocketTimeoutException) {
				return GraphFailure.Kind.TIMEOUT;
			}
			if (cause instanceof java.io.IOException) {
				return GraphFailure.Kind.UNAVAILABLE;
			}
		}
		return null;
	}

}
