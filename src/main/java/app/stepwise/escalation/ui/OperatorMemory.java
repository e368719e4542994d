package app.stepwise.escalation.ui;

import app.stepwise.escalation.ContactMethod;
import app.stepwise.escalation.RequestInput;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.io.Serializable;
import org.springframework.stereotype.Component;

/**
 * What one person's session remembers about them as an operator: their contact details,
 * so that a second request need not be typed again. A few short strings.
 */
@Component
@VaadinSessionScope
class OperatorMemory implements Serializable {

	private String email = "";

	private String phone = "";

	private ContactMethod method = ContactMethod.EMAIL;

	/** Fills the operator's part of new input with what they typed last time. */
	synchronized void prefill(RequestInput input) {
		input.setContactEmail(email);
		input.setContactPhone(phone);
		input.setPreferredContact(method);
	}

	synchronized void filed(RequestInput input) {
		email = input.getContactEmail().strip();
		phone = input.getContactPhone().strip();
		method = input.getPreferredContact();
	}

}
