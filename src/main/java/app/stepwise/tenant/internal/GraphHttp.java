package app.stepwise.tenant.internal;

import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The HTTP clients for Microsoft: the JDK's client with a connect and a read timeout,
 * following no redirects (a redirect could carry a token to another host).
 */
final class GraphHttp {

	/**
	 * Refuses to send anything but {@code GET} through the Graph client: Stepwise reads
	 * tenants, and this keeps it so even if code were added that tried otherwise.
	 */
	static final ClientHttpRequestInterceptor ONLY_GET = (request, body, execution) -> {
		if (request.getMethod() != HttpMethod.GET) {
			throw new IllegalStateException("Stepwise only reads Microsoft Graph; refused " + request.getMethod());
		}
		return execution.execute(request, body);
	};

	private GraphHttp() {
	}

	/** A builder for requests with the given timeout. */
	static RestClient.Builder builder(Duration timeout) {
		HttpClient client = HttpClient.newBuilder()
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
		factory.setReadTimeout(timeout);
		return RestClient.builder().requestFactory(factory);
	}

	/** The client for Graph itself: only {@code GET}. */
	static RestClient graph(RestClient.Builder builder) {
		return builder.clone().requestInterceptor(ONLY_GET).build();
	}

}
