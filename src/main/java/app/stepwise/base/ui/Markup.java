package app.stepwise.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/**
 * Renders message text that may mark menu paths and button names as {@code **bold**}.
 * This is the only markup texts may carry; everything else, angle brackets included, is
 * shown as text. No string ever reaches the page as HTML.
 */
public final class Markup {

	private static final String BOLD = "**";

	private Markup() {
	}

	/** The text as a span, with each {@code **...**} pair shown as strong text. */
	public static Span render(String text) {
		Span span = new Span();
		fill(span, text);
		return span;
	}

	/** Fills a component with the text, bold parts as {@code <strong>}. */
	public static void fill(Component target, String text) {
		Element element = target.getElement();
		element.removeAllChildren();
		int at = 0;
		boolean bold = false;
		while (at <= text.length()) {
			int next = text.indexOf(BOLD, at);
			int end = next < 0 || (!bold && text.indexOf(BOLD, next + BOLD.length()) < 0) ? text.length() : next;
			String part = text.substring(at, end);
			if (!part.isEmpty()) {
				element.appendChild(bold ? new Element("strong").setText(part) : Element.createText(part));
			}
			if (end == text.length()) {
				break;
			}
			bold = !bold;
			at = end + BOLD.length();
		}
	}

	/** The text without its markup, for plain-text summaries. */
	public static String plain(String text) {
		return text.replace(BOLD, "");
	}

}
