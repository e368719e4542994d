package app.stepwise.flow;

import java.util.Arrays;
import java.util.Optional;

/** Something learned during a run from an answer, which later conditions can test. */
public enum Fact {

	/** Whether the person running the flow can still sign in to the admin center. */
	OPERATOR_CAN_SIGN_IN("operator-can-sign-in");

	private final String id;

	Fact(String id) {
		this.id = id;
	}

	public String id() {
		return id;
	}

	public static Optional<Fact> byId(String id) {
		return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
	}

}
