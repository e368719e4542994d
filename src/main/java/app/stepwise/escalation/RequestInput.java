package app.stepwise.escalation;

import java.io.Serializable;

/**
 * What the operator types into a support request. A plain bean, so that a form can bind
 * to it and keep every value while a person corrects mistakes; {@link RequestRules} says
 * what is valid.
 */
public class RequestInput implements Serializable {

	private String affectedUser = "";

	private String description = "";

	private String contactEmail = "";

	private String contactPhone = "";

	private ContactMethod preferredContact = ContactMethod.EMAIL;

	public String getAffectedUser() {
		return affectedUser;
	}

	public void setAffectedUser(String affectedUser) {
		this.affectedUser = nonNull(affectedUser);
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = nonNull(description);
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = nonNull(contactEmail);
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = nonNull(contactPhone);
	}

	public ContactMethod getPreferredContact() {
		return preferredContact;
	}

	public void setPreferredContact(ContactMethod preferredContact) {
		this.preferredContact = preferredContact == null ? ContactMethod.EMAIL : preferredContact;
	}

	private static String nonNull(String value) {
		return value == null ? "" : value;
	}

}
