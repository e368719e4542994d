package app.stepwise.escalation;

/** The fields of a support request that an operator fills in. */
public enum RequestField {

	AFFECTED_USER, OPERATOR_NAME, DESCRIPTION, CONTACT_EMAIL, CONTACT_PHONE

}
