package app.stepwise.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.shared.HasValidationProperties;
import java.util.List;
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
public class LightRadioGroup<T> extends LightChoice<LightRadioGroup<T>, T>
		implements HasLabel, HasHelper, HasValidationProperties {

	/** Whether the browser shows the buttons, so new labels must not replace them. */
	private boolean shown;

	@Override
	protected void showItems() {
		writeButtons();
	}

	@Override
	protected void showLabels() {
		if (shown) {
			ArrayNode named = JsonNodeFactory.instance.arrayNode();
			labels().forEach(named::add);
			getElement().executeJs("Array.from(this.children).forEach((button, i) => { button.label = $0[i]; })",
					named);
		}
		else {
			writeButtons();
		}
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
		List<String> labels = labels();
		for (int i = 0; i < labels.size(); i++) {
			buttons.open("vaadin-radio-button", "value", Integer.toString(i), "label", labels.get(i))
				.close("vaadin-radio-button");
		}
		buttons.writeInto(getElement());
	}

}
