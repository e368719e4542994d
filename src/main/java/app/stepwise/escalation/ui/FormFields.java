package app.stepwise.escalation.ui;

import app.stepwise.base.ui.LightRadioGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Validator;

/**
 * The request form's fields. Vaadin's fields send the browser a script for every
 * {@code setInvalid}, also when nothing changes; a Binder that reads the initial values
 * clears each field's state several times, so a new form sent about fifteen scripts of
 * {@code this.invalid = false}. These fields skip a call that changes nothing while they
 * are not yet on the page: the browser then gets the state with the field itself. Once on
 * the page every call goes through, as the browser's state may differ from the server's.
 *
 * <p>
 * The text fields leave their own constraint check (maximum length) to
 * {@code RequestRules}, which checks the same limits: the field's check would refuse a
 * value a client sent past its maximum length with an empty message, before the rule
 * could say in the reader's language how much is allowed.
 */
final class FormFields {

	private FormFields() {
	}

	static final class Text extends TextField {

		@Override
		public Validator<String> getDefaultValidator() {
			return Validator.alwaysPass();
		}

		@Override
		public void setInvalid(boolean invalid) {
			if (isAttached() || invalid != isInvalid()) {
				super.setInvalid(invalid);
			}
		}

	}

	static final class LongText extends TextArea {

		@Override
		public Validator<String> getDefaultValidator() {
			return Validator.alwaysPass();
		}

		@Override
		public void setInvalid(boolean invalid) {
			if (isAttached() || invalid != isInvalid()) {
				super.setInvalid(invalid);
			}
		}

	}

	static final class Choice<T> extends LightRadioGroup<T> {

		@Override
		public void setInvalid(boolean invalid) {
			if (isAttached() || invalid != isInvalid()) {
				super.setInvalid(invalid);
			}
		}

	}

}
