package app.stepwise.base.ui;

import app.stepwise.base.MarkupText;
import com.vaadin.flow.dom.Element;
import java.util.Locale;
import java.util.Set;

/**
 * A read-only part of a page, such as a list of checks, written as HTML and sent as one
 * element's content instead of one server-side element per tag and per text. Vaadin keeps
 * every element of every open page on the server (about a kilobyte each, also when
 * nothing ever changes in it), so a list of a dozen items in three spans each costs a
 * session more than all its answers do.
 *
 * <p>
 * Safe by construction: tags and attribute names are the code's own, from a short list of
 * names that neither run nor load anything, and every text and attribute value is
 * escaped, so a text is shown as text whatever it holds, angle brackets and quotes
 * included. Only for what a person reads, follows as a link, chooses among radio buttons
 * whose group is the server's field ({@link LightRadioGroup}) or clicks as a button whose
 * group listens on the server and takes only what it offers: nothing in it has listeners
 * of its own.
 */
public final class SafeHtml {

	/** Lists, links, headings, emphasis, buttons, and radio buttons. */
	private static final Set<String> TAGS = Set.of("li", "a", "h2", "span", "strong", "vaadin-button",
			"vaadin-radio-button");

	private static final Set<String> ATTRIBUTES = Set.of("class", "id", "href", "target", "rel", "router-link",
			"aria-current", "aria-hidden", "aria-describedby", "theme", "value", "label");

	private static final String BOLD = "**";

	private final StringBuilder html = new StringBuilder(512);

	/** Opens a tag with attributes given as name, value, name, value…. */
	public SafeHtml open(String tag, String... attributes) {
		if (attributes.length % 2 != 0) {
			throw new IllegalArgumentException("attributes come as name and value");
		}
		html.append('<').append(allowed(TAGS, tag));
		for (int i = 0; i < attributes.length; i += 2) {
			html.append(' ').append(allowed(ATTRIBUTES, attributes[i])).append("=\"");
			escape("href".equals(attributes[i]) ? address(attributes[i + 1]) : attributes[i + 1]);
			html.append('"');
		}
		html.append('>');
		return this;
	}

	public SafeHtml close(String tag) {
		html.append("</").append(allowed(TAGS, tag)).append('>');
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
		MarkupText.escapeInto(html, text);
	}

	/**
	 * A link goes to an address within the application or to a web page: an address with
	 * a scheme of any other kind ({@code javascript:}, {@code data:}) would run or load
	 * what it holds.
	 */
	private static String address(String href) {
		int colon = href.indexOf(':');
		int path = indexOfAny(href, "/?#");
		boolean relative = colon < 0 || (path >= 0 && path < colon);
		String lower = href.toLowerCase(Locale.ROOT);
		if (!relative && !lower.startsWith("https://") && !lower.startsWith("http://")) {
			throw new IllegalArgumentException("not an address SafeHtml links to: " + href);
		}
		return href;
	}

	private static int indexOfAny(String text, String chars) {
		for (int i = 0; i < text.length(); i++) {
			if (chars.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

	private static String allowed(Set<String> names, String name) {
		if (!names.contains(name)) {
			throw new IllegalArgumentException("not a tag or attribute SafeHtml writes: " + name);
		}
		return name;
	}

}
