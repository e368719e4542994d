package app.stepwise.flow;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The named conditions a flow file may use in {@code when:}. Flow files name them; the
 * code here decides them, so a flow cannot express anything the engine does not
 * understand.
 */
public enum Condition {

	CLOUD_WORLDWIDE("cloud-worldwide", c -> c.cloud() == Cloud.WORLDWIDE),
	CLOUD_GERMANY("cloud-germany", c -> c.cloud() == Cloud.GERMANY),
	CLOUD_21VIANET("cloud-21vianet", c -> c.cloud() == Cloud.CHINA_21VIANET),
	OPERATOR_CAN_SIGN_IN("operator-can-sign-in", c -> c.fact(Fact.OPERATOR_CAN_SIGN_IN).orElse(true)),
	OPERATOR_CANNOT_SIGN_IN("operator-cannot-sign-in", c -> !c.fact(Fact.OPERATOR_CAN_SIGN_IN).orElse(true));

	private final String id;

	private final Predicate<RunContext> test;

	Condition(String id, Predicate<RunContext> test) {
		this.id = id;
		this.test = test;
	}

	public String id() {
		return id;
	}

	public boolean holds(RunContext context) {
		return test.test(context);
	}

	public static Optional<Condition> byId(String id) {
		return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
	}

}
