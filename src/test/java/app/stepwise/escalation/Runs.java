package app.stepwise.escalation;

import app.stepwise.flow.Cloud;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.flow.FlowPaths;
import app.stepwise.flow.FlowRun;
import app.stepwise.flow.OutcomeKind;
import app.stepwise.wizard.ActiveRun;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Runs and request input for tests. */
public final class Runs {

	private Runs() {
	}

	/** A new run of the flow that has reached its first escalate outcome. */
	public static ActiveRun escalated(FlowCatalog catalog, String flowId, Instant answeredAt) {
		return at(catalog, flowId, escalatePath(catalog, flowId), answeredAt);
	}

	/** The answers of the flow's first path that ends in an escalate outcome. */
	public static List<String> escalatePath(FlowCatalog catalog, String flowId) {
		return FlowPaths.enumerate(catalog, flowId, Cloud.WORLDWIDE, 30)
			.stream()
			.filter(p -> p.end().kind() == OutcomeKind.ESCALATE)
			.findFirst()
			.orElseThrow()
			.answers();
	}

	/** A new run of the flow with these answers, each given at the same moment. */
	public static ActiveRun at(FlowCatalog catalog, String flowId, List<String> path, Instant answeredAt) {
		FlowRun.Replay replay = FlowRun.replay(catalog, flowId, Cloud.WORLDWIDE, path, i -> answeredAt);
		if (!replay.complete()) {
			throw new IllegalArgumentException("Not a path of " + flowId + ": " + path);
		}
		return new ActiveRun(UUID.randomUUID(), replay.run());
	}

	/** Input that breaks no rule. */
	public static RequestInput validInput() {
		RequestInput input = new RequestInput();
		input.setAffectedUser("adele.vance@contoso.onmicrosoft.com");
		input.setDescription("Adele still cannot sign in after the reset.");
		input.setContactEmail("alex.wilber@contoso.com");
		input.setContactPhone("+46 70 123 45 67");
		input.setPreferredContact(ContactMethod.PHONE);
		return input;
	}

}
