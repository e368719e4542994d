package app.stepwise.escalation;

import java.util.Arrays;
import java.util.Optional;

/** Where a support request stands. */
public enum RequestStatus {

	NEW("new"), IN_PROGRESS("in-progress"), WAITING_FOR_VENDOR("waiting-for-vendor"), RESOLVED("resolved"),
	CLOSED("closed");

	private final String id;

	RequestStatus(String id) {
		this.id = id;
	}

	/** The stable id used in addresses, exports and message keys. */
	public String id() {
		return id;
	}

	/** The key of the status's name in the bundles. */
	public String messageKey() {
		return "ui.support.status." + id;
	}

	public static Optional<RequestStatus> byId(String id) {
		return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
	}

}
