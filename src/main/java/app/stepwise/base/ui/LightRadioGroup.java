package app.stepwise.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A choice among a few fixed options shown as radio buttons, costing one element on the
 * server. Vaadin's {@code RadioButtonGroup} keeps a component for every button, and state
 * nodes for its label and text: nine nodes for two options, in every session that has the
 * form open. This one writes the same web component's buttons
 * ({@code vaadin-radio-button} with a value and a label) as the group's content with
 * {@link SafeHtml}, so the browser shows and reads them the same way: one tab stop, arrow
 * keys, the group's label naming it for screen readers.
 *
 * <p>
 * The value in the browser is the item's position; the field's value is the item. The
 * group takes the checked button's value and reports it with {@code value-changed}.
 *
 * <p>
 * New labels (a change of language) go to buttons the browser already shows as a small
 * script: writing the content again would remove the checked button, and the group would
 * clear its value, and with it the person's choice. The content is written afresh
 * whenever the group is attached, when the browser makes it anew.
 */
@Tag("vaadin-radio-group")
@JsModule("@vaadin/radio-group/src/vaadin-radio-group.js")
public class LightRadioGroup<T> extends AbstractSinglePropertyField<LightRadioGroup<T>, T>
		implements HasLabel, HasHelper, HasAriaLabel, HasValidationProperties {

	private List<T> items = List.of();

	private SerializableFunction<T, String> labels = String::valueOf;

	/** Whether the browser shows the buttons, so new labels must not replace them. */
	private boolean shown;

	@SuppressWarnings("this-escape")
	public LightRadioGroup() {
		super("value", null, String.class, (group, position) -> group.itemAt(position),
				(group, item) -> group.positionOf(item));
	}

	/** The choices, in order; set before the group is shown. */
	@SafeVarargs
	public final void setItems(T... choices) {
		items = List.of(choices);
		writeButtons();
	}

	public List<T> getItems() {
		return items;
	}

	/** How each choice is named; call it again when the language changes. */
	public void setItemLabelGenerator(SerializableFunction<T, String> labels) {
		this.labels = labels;
		if (shown) {
			ArrayNode named = JsonNodeFactory.instance.arrayNode();
			items.stream().map(labels).forEach(named::add);
			getElement().executeJs("Array.from(this.children).forEach((button, i) => { button.label = $0[i]; })",
					named);
		}
		else {
			writeButtons();
		}
	}

	public SerializableFunction<T, String> getItemLabelGenerator() {
		return labels;
	}

	/** The group's name for screen readers, as Vaadin's fields take it. */
	@Override
	public void setAriaLabel(@Nullable String ariaLabel) {
		getElement().setProperty("accessibleName", ariaLabel);
	}

	@Override
	public Optional<String> getAriaLabel() {
		return Optional.ofNullable(getElement().getProperty("accessibleName"));
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		super.onAttach(attachEvent);
		// The browser makes the element anew: its buttons come with it, with the labels
		// of now.
		writeButtons();
		attachEvent.getUI().beforeClientResponse(this, context -> shown = true);
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		shown = false;
		super.onDetach(detachEvent);
	}

	private void writeButtons() {
		SafeHtml buttons = new SafeHtml();
		for (int i = 0; i < items.size(); i++) {
			buttons.open("vaadin-radio-button", "value", Integer.toString(i), "label", labels.apply(items.get(i)))
				.close("vaadin-radio-button");
		}
		buttons.writeInto(getElement());
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
