package app.stepwise.escalation.ui;

import app.stepwise.escalation.ContactMethod;
import app.stepwise.escalation.RequestInput;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What one person's session remembers about them as an operator: their contact details
 * (so a second request need not be typed again) and the references they filed (so someone
 * who is not signed in still finds their requests). A few short strings.
 */
@Component
@VaadinSessionScope
class OperatorMemory implements Serializable {

	private static final int MAX_REFERENCES = 20;

	private String name = "";

	private String email = "";

	private String phone = "";

	private ContactMethod method = ContactMethod.EMAIL;

	private final Deque<String> references = new ArrayDeque<>();

	/** Fills the operator's part of new input with what they typed last time. */
	synchronized void prefill(RequestInput input) {
		input.setOperatorName(name);
		input.setContactEmail(email);
		input.setContactPhone(phone);
		input.setPreferredContact(method);
	}

	synchronized void filed(RequestInput input, String reference) {
		name = input.getOperatorName().strip();
		email = input.getContactEmail().strip();
		phone = input.getContactPhone().strip();
		method = input.getPreferredContact();
		references.remove(reference);
		references.addFirst(reference);
		while (references.size() > MAX_REFERENCES) {
			references.removeLast();
		}
	}

	/** The references filed in this session, newest first. */
	synchronized List<String> references() {
		return List.copyOf(references);
	}

	synchronized boolean filedHere(String reference) {
		return references.contains(reference);
	}

}
