package app.stepwise.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.shared.HasTooltip;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
public class LightSelect<T> extends AbstractSinglePropertyField<LightSelect<T>, T>
		implements HasLabel, HasAriaLabel, HasTooltip {

	private static final int MAX_SHARED = 100;

	private static final Map<List<String>, ArrayNode> SHARED = new ConcurrentHashMap<>();

	private List<T> items = List.of();

	private SerializableFunction<T, String> labels = String::valueOf;

	@SuppressWarnings("this-escape")
	public LightSelect() {
		super("value", null, String.class, (select, position) -> select.itemAt(position),
				(select, item) -> select.positionOf(item));
	}

	/** The choices, in order. */
	@SafeVarargs
	public final void setItems(T... choices) {
		items = List.of(choices);
		sendItems();
	}

	public List<T> getItems() {
		return items;
	}

	/** How each choice is named; call it again when the language changes. */
	public void setItemLabelGenerator(SerializableFunction<T, String> labels) {
		this.labels = labels;
		sendItems();
	}

	public SerializableFunction<T, String> getItemLabelGenerator() {
		return labels;
	}

	/** The field's name for screen readers, as Vaadin's fields take it. */
	@Override
	public void setAriaLabel(@Nullable String ariaLabel) {
		getElement().setProperty("accessibleName", ariaLabel);
	}

	@Override
	public Optional<String> getAriaLabel() {
		return Optional.ofNullable(getElement().getProperty("accessibleName"));
	}

	private void sendItems() {
		List<String> named = items.stream().map(labels).toList();
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

	private @Nullable T itemAt(@Nullable String position) {
		try {
			int index = Integer.parseInt(String.valueOf(position));
			return index >= 0 && index < items.size() ? items.get(index) : null;
		}
		catch (NumberFormatException nothingChosen) {
			return null;
		}
	}

	private String positionOf(@Nullable T item) {
		int index = item == null ? -1 : items.indexOf(item);
		return index < 0 ? "" : Integer.toString(index);
	}

}
