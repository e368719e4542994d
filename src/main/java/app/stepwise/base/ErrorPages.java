package app.stepwise.base;

import app.stepwise.i18n.LanguageResolver;
import app.stepwise.i18n.LanguageSetup;
import app.stepwise.i18n.Messages;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.catalina.core.StandardHost;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.View;

/**
 * Errors outside the Vaadin screens (a request Spring or the server rejects, an actuator
 * endpoint that fails): a short page in the reader's language with an error id that the
 * log has too, instead of Spring's default page. Neither the page nor the JSON answer
 * shows an exception, a message from inside, or the address asked for.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPages {

	static final String ERROR_ID = "errorId";

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	/** The server's own error page, for requests rejected before they reach Stepwise. */
	@Bean
	TomcatContextCustomizer serverErrorReport() {
		return context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ServerErrorReport.class.getName());
			}
		};
	}

	@Bean
	ErrorAttributes errorAttributes() {
		return new IdentifiedErrorAttributes();
	}

	/** The page, found by Spring under the view name {@code error}. */
	@Bean(name = "error")
	View errorPage(Messages messages, LanguageResolver languages) {
		return new ErrorPage(messages, languages);
	}

	/** Spring's error attributes with an id, without the path; logs each error once. */
	static final class IdentifiedErrorAttributes extends DefaultErrorAttributes {

		@Override
		public Map<String, @Nullable Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
			Map<String, @Nullable Object> attributes = new LinkedHashMap<>(super.getErrorAttributes(request, options));
			Object path = attributes.remove("path");
			String id = (String) request.getAttribute(ERROR_ID, RequestAttributes.SCOPE_REQUEST);
			if (id == null) {
				id = ErrorId.next();
				request.setAttribute(ERROR_ID, id, RequestAttributes.SCOPE_REQUEST);
				int status = attributes.get("status") instanceof Integer s ? s : 500;
				if (status >= 500) {
					log.error("Error {}: status {} for '{}'", id, status, LogText.of(String.valueOf(path)),
							getError(request));
				}
				else {
					log.info("Error {}: status {} for '{}'", id, status, LogText.of(String.valueOf(path)));
				}
			}
			attributes.put(ERROR_ID, id);
			return attributes;
		}

	}

	/** The HTML page; every text from the bundles, everything escaped. */
	static final class ErrorPage implements View {

		private final Messages messages;

		private final LanguageResolver languages;

		ErrorPage(Messages messages, LanguageResolver languages) {
			this.messages = messages;
			this.languages = languages;
		}

		@Override
		public String getContentType() {
			return MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
		}

		@Override
		public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			Map<String, ?> values = model == null ? Map.of() : model;
			int status = values.get("status") instanceof Integer s ? s : 500;
			Locale locale = languages.resolve(cookie(request), null, request.getHeader("Accept-Language"));
			String html = ErrorPageHtml.render(messages, locale, status, String.valueOf(values.get(ERROR_ID)),
					request.getContextPath() + "/");
			response.setContentType(getContentType());
			ErrorPageHeaders.apply(response);
			response.getWriter().write(html);
		}

		private static @Nullable String cookie(HttpServletRequest request) {
			Cookie[] cookies = request.getCookies();
			return cookies == null ? null
					: Arrays.stream(cookies)
						.filter(c -> LanguageSetup.COOKIE.equals(c.getName()))
						.map(Cookie::getValue)
						.findFirst()
						.orElse(null);
		}

	}

}
