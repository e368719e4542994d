package app.stepwise.base.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.shared.HasTooltip;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A drop-down of a few fixed choices (the languages, Microsoft's clouds) that costs one
 * element on the server. Vaadin's {@code Select} makes a server-side component, with a
 * state node and a text node, for every item and for its list box: 13 nodes for five
 * languages, in every session, on every screen. This one hands the same web component
 * ({@code vaadin-select}) its items as data — its {@code items} property, label and value
 * each — so the browser draws the same list, read the same way by screen readers.
 *
 * <p>
 * The value in the browser is the item's position; the field's value is the item.
 */
@Tag("vaadin-select")
@JsModule("@vaadin/select/src/vaadin-select.js")
public class LightSelect<T> extends LightChoice<LightSelect<T>, T> implements HasLabel, HasTooltip {

	private static final int MAX_SHARED = 100;

	private static final Map<List<String>, ArrayNode> SHARED = new ConcurrentHashMap<>();

	@Override
	protected void showItems() {
		List<String> named = labels();
		getElement().setPropertyJson("items",
				SHARED.size() < MAX_SHARED ? SHARED.computeIfAbsent(named, LightSelect::itemsJson) : itemsJson(named));
	}

	/**
	 * The items as the web component takes them. The same few lists (five languages,
	 * three clouds, each in five languages) are shared by every session; nothing changes
	 * them.
	 */
	private static ArrayNode itemsJson(List<String> labels) {
		ArrayNode list = JsonNodeFactory.instance.arrayNode();
		for (int i = 0; i < labels.size(); i++) {
			list.addObject().put("label", labels.get(i)).put("value", Integer.toString(i));
		}
		return list;
	}

}
