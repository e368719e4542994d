package app.stepwise.escalation.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The request form's fields. Vaadin's fields send the browser a script for every
 * {@code setInvalid}, also when nothing changes; a Binder that reads the initial values
 * clears each field's state several times, so a new form sent about fifteen scripts of
 * {@code this.invalid = false}. These fields skip a call that changes nothing while they
 * are not yet on the page: the browser then gets the state with the field itself. Once on
 * the page every call goes through, as the browser's state may differ from the server's.
 */
final class FormFields {

	private FormFields() {
	}

	static final class Text extends TextField {

		@Override
		public void setInvalid(boolean invalid) {
			if (isAttached() || invalid != isInvalid()) {
				super.setInvalid(invalid);
			}
		}

	}

	static final class LongText extends TextArea {

		@Override
		public void setInvalid(boolean invalid) {
			if (isAttached() || invalid != isInvalid()) {
				super.setInvalid(invalid);
			}
		}

	}

	static final class Choice<T> extends RadioButtonGroup<T> {

		@Override
		public void setInvalid(boolean invalid) {
			if (isAttached() || invalid != isInvalid()) {
				super.setInvalid(invalid);
			}
		}

	}

}
