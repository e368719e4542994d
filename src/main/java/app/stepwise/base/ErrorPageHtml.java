package app.stepwise.base;

import app.stepwise.i18n.Messages;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * The one HTML page for errors outside the Vaadin screens, whether Spring or the server
 * itself writes it: a title, a sentence, the error id and a way back, every text from the
 * bundles and escaped. It runs no script and loads nothing (see
 * {@link ErrorPageHeaders}).
 */
final class ErrorPageHtml {

	private ErrorPageHtml() {
	}

	/** Which of the error texts ({@code ui.error.<kind>.*}) a status gets. */
	static String kind(int status) {
		return switch (status) {
			case 401, 403 -> "forbidden";
			case 404, 405 -> "not-found";
			default -> status >= 500 ? "internal" : "bad-request";
		};
	}

	/**
	 * The page for a status in the reader's language.
	 * @param home the address of the start page
	 */
	static String render(Messages messages, Locale locale, int status, String errorId, String home) {
		String kind = kind(status);
		String title = messages.get(locale, "ui.error." + kind + ".title");
		return """
				<!DOCTYPE html>
				<html lang="%s"><head><meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title>
				<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}</style>
				</head><body><main class="error-view">
				<h1 id="error-title">%s</h1>
				<p>%s</p>
				<p id="error-id">%s</p>
				<p><a id="error-home" href="%s">%s</a></p>
				</main></body></html>
				"""
			.formatted(esc(locale.toLanguageTag()), esc(title + " – " + messages.get(locale, "ui.app.name")),
					esc(title), esc(messages.get(locale, "ui.error." + kind + ".body")),
					esc(messages.get(locale, "ui.error.id", Map.of("id", errorId))), esc(home),
					esc(messages.get(locale, "ui.error.back-to-start")));
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
