package app.stepwise.escalation;

/**
 * The fields people fill in: an operator's support request, and support staff's change of
 * its status.
 */
public enum RequestField {

	AFFECTED_USER, DESCRIPTION, CONTACT_EMAIL, CONTACT_PHONE, STATUS, COMMENT

}
