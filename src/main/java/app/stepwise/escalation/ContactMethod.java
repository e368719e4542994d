package app.stepwise.escalation;

/** How the operator prefers to be contacted about a request. */
public enum ContactMethod {

	EMAIL("email"), PHONE("phone");

	private final String id;

	ContactMethod(String id) {
		this.id = id;
	}

	public String id() {
		return id;
	}

	/** The key of the method's name in the bundles. */
	public String messageKey() {
		return "ui.escalation.contact-method." + id;
	}

}
