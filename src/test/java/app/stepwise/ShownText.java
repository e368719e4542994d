package app.stepwise;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What a reader sees of a component in a browserless test: its text nodes and the content
 * written into its elements as HTML ({@code base.ui.SafeHtml}), which Karibu's text
 * lookups do not read.
 */
public final class ShownText {

	private ShownText() {
	}

	/**
	 * The page as the router shows it: the outermost layout around the current screen.
	 * (The UI's own element lists no children; the router attaches the page beside them.)
	 */
	public static Component page() {
		List<HasElement> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
		if (chain.isEmpty()) {
			throw new IllegalStateException("no screen is shown");
		}
		return (Component) chain.getLast();
	}

	/** All the text, in page order. */
	public static String of(Component component) {
		StringBuilder text = new StringBuilder();
		collect(component.getElement(), text);
		return text.toString();
	}

	/** The content written as HTML into the component's element or one below it. */
	public static Document html(Component component) {
		StringBuilder html = new StringBuilder();
		collectHtml(component.getElement(), html);
		return Jsoup.parseBodyFragment(html.toString());
	}

	private static void collect(Element element, StringBuilder text) {
		if (element.isTextNode()) {
			text.append(element.getText());
			return;
		}
		String html = element.getProperty("innerHTML");
		if (html != null) {
			text.append(Jsoup.parseBodyFragment(html).text());
		}
		element.getChildren().forEach(child -> collect(child, text));
	}

	private static void collectHtml(Element element, StringBuilder html) {
		if (element.isTextNode()) {
			return;
		}
		String own = element.getProperty("innerHTML");
		if (own != null) {
			html.append(own);
		}
		element.getChildren().forEach(child -> collectHtml(child, html));
	}

}
