package app.stepwise.security;

import app.stepwise.base.SecurityHeaders;
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
 * The Content-Security-Policy header of every response, with a fresh nonce each time (the
 * policy itself is {@link SecurityHeaders#pagePolicy}): a script runs only if it comes
 * from Stepwise itself or carries that response's nonce. Vaadin's page has inline
 * scripts, so each of them gets the nonce when the page is generated; a script that
 * somebody smuggled into a page would not have it, and neither would an inline event
 * handler such as {@code onerror=}. Vaadin's answers to clicks and heartbeats are data,
 * never a page: they carry a fixed policy that allows nothing, and no nonce is made for
 * them.
 */
@Component
class ContentSecurityPolicy implements HeaderWriter, VaadinServiceInitListener {

	/** Where the nonce of the current response is kept. */
	static final String NONCE_ATTRIBUTE = ContentSecurityPolicy.class.getName() + ".nonce";

	private static final SecureRandom RANDOM = new SecureRandom();

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		if (!response.containsHeader(SecurityHeaders.CONTENT_SECURITY_POLICY)) {
			response.setHeader(SecurityHeaders.CONTENT_SECURITY_POLICY, isData(request.getQueryString())
					? SecurityHeaders.DATA_POLICY : SecurityHeaders.pagePolicy(nonce(request)));
		}
	}

	/**
	 * Whether the request is one of Vaadin's that answers with data, not a page: a
	 * click's or a heartbeat's ({@code v-r=uidl}, {@code v-r=heartbeat}). Read from the
	 * query string alone, so that the body of a form is never parsed here.
	 */
	static boolean isData(@Nullable String query) {
		if (query == null) {
			return false;
		}
		int start = 0;
		while (start <= query.length()) {
			int end = query.indexOf('&', start);
			end = end < 0 ? query.length() : end;
			if (isParameter(query, start, end, "v-r=uidl") || isParameter(query, start, end, "v-r=heartbeat")) {
				return true;
			}
			start = end + 1;
		}
		return false;
	}

	private static boolean isParameter(String query, int start, int end, String parameter) {
		return end - start == parameter.length() && query.startsWith(parameter, start);
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
