package app.stepwise.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;

/**
 * The Content-Security-Policy header, with a fresh nonce for every response: a script
 * runs only if it comes from Stepwise itself or carries that response's nonce. Vaadin's
 * page has inline scripts, so each of them gets the nonce when the page is generated; a
 * script that somebody smuggled into a page would not have it, and neither would an
 * inline event handler such as {@code onerror=}.
 *
 * <p>
 * What Vaadin needs besides: {@code 'unsafe-eval'}, because its client runs the
 * JavaScript the server sends ({@code executeJs}) with {@code new Function}; inline
 * styles, which its components and page use. Nothing is loaded from other sites, and no
 * other site may frame Stepwise.
 */
@Component
class ContentSecurityPolicy implements HeaderWriter, VaadinServiceInitListener {

	static final String HEADER = "Content-Security-Policy";

	/** Where the nonce of the current response is kept. */
	static final String NONCE_ATTRIBUTE = ContentSecurityPolicy.class.getName() + ".nonce";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** The policy, for a nonce. */
	static String policy(String nonce) {
		return String.join("; ", "default-src 'self'", "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'",
				"style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "font-src 'self' data:",
				"connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
				"frame-ancestors 'none'");
	}

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		if (!response.containsHeader(HEADER)) {
			response.setHeader(HEADER, policy(nonce(request)));
		}
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.addIndexHtmlRequestListener(page -> {
			String nonce = nonce(page.getVaadinRequest());
			for (Element script : page.getDocument().getElementsByTag("script")) {
				script.attr("nonce", nonce);
			}
		});
	}

	/**
	 * The nonce of the response to this request, made on first use: by the page's
	 * generation or by the header writer, whichever comes first.
	 */
	static String nonce(HttpServletRequest request) {
		return nonce(request::getAttribute, request::setAttribute);
	}

	private static String nonce(VaadinRequest request) {
		return nonce(request::getAttribute, request::setAttribute);
	}

	private static String nonce(Function<String, @Nullable Object> get, BiConsumer<String, Object> set) {
		Object nonce = get.apply(NONCE_ATTRIBUTE);
		if (nonce == null) {
			nonce = newNonce();
			set.accept(NONCE_ATTRIBUTE, nonce);
		}
		return (String) nonce;
	}

	private static String newNonce() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

}
