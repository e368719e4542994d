package app.stepwise.base;

import app.stepwise.i18n.LanguageResolver;
import app.stepwise.i18n.MessageBundles;
import app.stepwise.i18n.Messages;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The error page of the server itself, for requests it rejects before they reach Stepwise
 * (an address with bad percent-encoding or an encoded slash, headers too large): the same
 * short page in the reader's language with an error id as {@link ErrorPages}, with the
 * security headers, instead of Tomcat's page. Tomcat creates it by its class name (see
 * {@link ErrorPages}), so it reads the bundles itself.
 */
public class ServerErrorReport extends ErrorReportValve {

	private static final Logger log = LoggerFactory.getLogger(ServerErrorReport.class);

	private static final class Texts {

		static final Messages MESSAGES = new Messages(MessageBundles.load(ServerErrorReport.class.getClassLoader()),
				false);

		static final LanguageResolver LANGUAGES = new LanguageResolver(false);

	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		String id = ErrorId.next();
		log.info("Error {}: status {} from the server for '{}'", id, status, LogText.of(request.getRequestURI()));
		Locale locale = Texts.LANGUAGES.resolve(null, null, request.getHeader("Accept-Language"));
		String html = ErrorPageHtml.render(Texts.MESSAGES, locale, status, id, "/");
		try {
			response.setContentType("text/html");
			response.setCharacterEncoding("UTF-8");
			ErrorPageHeaders.apply(response);
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(html);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException e) {
			log.debug("Could not write the error page for {}", id, e);
		}
	}

}
