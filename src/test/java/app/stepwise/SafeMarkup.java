package app.stepwise;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Whether HTML sent as an element's content is only what {@code base.ui.SafeHtml} writes
 * for the step screen's lists and the menu: plain tags with classes, ids,
 * {@code aria-current} and router links inside Stepwise, links to Microsoft's admin pages
 * opening in a new tab without the opener, answer buttons, and radio buttons with only a
 * value and a label; nothing a browser would run or load, whatever text it holds.
 */
public final class SafeMarkup {

	private static final Set<String> TAGS = Set.of("li", "a", "h2", "span", "strong");

	private static final Set<String> ATTRIBUTES = Set.of("class", "id", "href", "router-link", "aria-current", "target",
			"rel", "aria-hidden");

	/** The only values these attributes take. */
	private static final Map<String, String> FIXED = Map.of("target", "_blank", "rel", "noopener noreferrer",
			"aria-hidden", "true");

	/**
	 * The answers' buttons: an id, classes, the primary theme, and what describes them.
	 */
	private static final String BUTTON = "vaadin-button";

	private static final Set<String> BUTTON_ATTRIBUTES = Set.of("id", "class", "theme", "aria-describedby");

	/** The buttons of {@code base.ui.LightRadioGroup}. */
	private static final String RADIO_BUTTON = "vaadin-radio-button";

	private static final Set<String> RADIO_BUTTON_ATTRIBUTES = Set.of("value", "label");

	/** An address inside Stepwise: a path of plain segments and an optional query. */
	private static final Pattern RELATIVE = Pattern.compile("[a-z0-9-]*(/[a-z0-9-]+)*/?(\\?[\\w.=&%-]*)?");

	/**
	 * A page of Microsoft's, on the hosts flow links may point at
	 * (stepwise.links.allowed-hosts).
	 */
	private static final Pattern MICROSOFT = Pattern.compile(
			"https://([a-z0-9-]+\\.)*(microsoft\\.com|microsoftonline\\.com|microsoftonline\\.cn)(/[\\w./?=&%#-]*)?");

	private SafeMarkup() {
	}

	public static boolean isPlain(String html) {
		for (Element element : Jsoup.parseBodyFragment(html).body().select("*")) {
			if (element.tagName().equals("body")) {
				continue;
			}
			boolean radioButton = element.tagName().equals(RADIO_BUTTON);
			boolean button = element.tagName().equals(BUTTON);
			if (!radioButton && !button && !TAGS.contains(element.tagName())) {
				return false;
			}
			for (Attribute attribute : element.attributes()) {
				Set<String> allowed = radioButton ? RADIO_BUTTON_ATTRIBUTES : button ? BUTTON_ATTRIBUTES : ATTRIBUTES;
				if (!allowed.contains(attribute.getKey())) {
					return false;
				}
				if (attribute.getKey().equals("theme") && !attribute.getValue().equals("primary")) {
					return false;
				}
				if (attribute.getKey().equals("href") && !RELATIVE.matcher(attribute.getValue()).matches()
						&& !MICROSOFT.matcher(attribute.getValue()).matches()) {
					return false;
				}
				String fixed = FIXED.get(attribute.getKey());
				if (fixed != null && !fixed.equals(attribute.getValue())) {
					return false;
				}
			}
		}
		return true;
	}

}
