package app.stepwise.base.ui;

import com.vaadin.flow.dom.Element;
import java.util.regex.Pattern;

/**
 * A read-only part of a page, such as a list of checks, written as HTML and sent as one
 * element's content instead of one server-side element per tag and per text. Vaadin keeps
 * every element of every open page on the server (about a kilobyte each, also when
 * nothing ever changes in it), so a list of a dozen items in three spans each costs a
 * session more than all its answers do.
 *
 * <p>
 * Safe by construction: tags and attribute names are the code's own (checked against a
 * plain pattern), and every text and attribute value is escaped, so a text is shown as
 * text whatever it holds, angle brackets and quotes included. Only for what a person
 * reads or follows as a link: nothing in it has listeners on the server.
 */
public final class SafeHtml {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

	private static final String BOLD = "**";

	private final StringBuilder html = new StringBuilder(512);

	/** Opens a tag with attributes given as name, value, name, value…. */
	public SafeHtml open(String tag, String... attributes) {
		if (attributes.length % 2 != 0) {
			throw new IllegalArgumentException("attributes come as name and value");
		}
		html.append('<').append(name(tag));
		for (int i = 0; i < attributes.length; i += 2) {
			html.append(' ').append(name(attributes[i])).append("=\"");
			escape(attributes[i + 1]);
			html.append('"');
		}
		html.append('>');
		return this;
	}

	public SafeHtml close(String tag) {
		html.append("</").append(name(tag)).append('>');
		return this;
	}

	public SafeHtml text(String text) {
		escape(text);
		return this;
	}

	/** A text whose {@code **...**} pairs are strong text, as {@link Markup} shows it. */
	public SafeHtml markup(String text) {
		int at = 0;
		boolean bold = false;
		while (at <= text.length()) {
			int next = text.indexOf(BOLD, at);
			int end = next < 0 || (!bold && text.indexOf(BOLD, next + BOLD.length()) < 0) ? text.length() : next;
			if (end > at) {
				if (bold) {
					open("strong").text(text.substring(at, end)).close("strong");
				}
				else {
					text(text.substring(at, end));
				}
			}
			if (end == text.length()) {
				break;
			}
			bold = !bold;
			at = end + BOLD.length();
		}
		return this;
	}

	/** A tag with only text in it. */
	public SafeHtml element(String tag, String cssClass, String text) {
		return open(tag, "class", cssClass).text(text).close(tag);
	}

	/** Makes what was written the content of the element, replacing what it had. */
	public void writeInto(Element element) {
		element.setProperty("innerHTML", html.toString());
	}

	@Override
	public String toString() {
		return html.toString();
	}

	private void escape(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> html.append("&amp;");
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '"' -> html.append("&quot;");
				case '\'' -> html.append("&#39;");
				default -> html.append(c);
			}
		}
	}

	private static String name(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("not a tag or attribute name: " + name);
		}
		return name;
	}

}
