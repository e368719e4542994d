package app.stepwise.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the one-element choices ({@link LightSelect}, {@link LightRadioGroup}) share: a
 * few fixed items with a label each, and a value that is, in the browser, the item's
 * position and, on the server, the item. How the items reach the web component is each
 * kind's own: {@link #showItems()} when the items change, {@link #showLabels()} when
 * their labels do.
 */
public abstract class LightChoice<C extends LightChoice<C, T>, T> extends AbstractSinglePropertyField<C, T>
		implements HasAriaLabel {

	private List<T> items = List.of();

	private SerializableFunction<T, String> labels = String::valueOf;

	@SuppressWarnings("this-escape")
	protected LightChoice() {
		super("value", null, String.class, (choice, position) -> choice.itemAt(position),
				(choice, item) -> choice.positionOf(item));
	}

	/** The choices, in order. */
	@SafeVarargs
	public final void setItems(T... choices) {
		items = List.of(choices);
		showItems();
	}

	public List<T> getItems() {
		return items;
	}

	/** How each choice is named; call it again when the language changes. */
	public void setItemLabelGenerator(SerializableFunction<T, String> labels) {
		this.labels = labels;
		showLabels();
	}

	public SerializableFunction<T, String> getItemLabelGenerator() {
		return labels;
	}

	/** The items' labels as they are now, in the items' order. */
	protected List<String> labels() {
		return items.stream().map(labels).toList();
	}

	/** Hands the web component the items with their labels as they are now. */
	protected abstract void showItems();

	/**
	 * Gives the items shown their labels as they are now; unless overridden, shows them
	 * anew.
	 */
	protected void showLabels() {
		showItems();
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

	final @Nullable T itemAt(@Nullable String position) {
		try {
			int index = Integer.parseInt(String.valueOf(position));
			return index >= 0 && index < items.size() ? items.get(index) : null;
		}
		catch (NumberFormatException nothingChosen) {
			return null;
		}
	}

	final String positionOf(@Nullable T item) {
		int index = item == null ? -1 : items.indexOf(item);
		return index < 0 ? "" : Integer.toString(index);
	}

}
