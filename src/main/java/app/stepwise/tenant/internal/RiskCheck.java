package app.stepwise.tenant.internal;

import app.stepwise.flow.CheckSignal;
import app.stepwise.flow.Cloud;
import app.stepwise.flow.TenantCheck;
import app.stepwise.tenant.Finding;
import app.stepwise.tenant.Suggestion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Microsoft Entra ID Protection's view of the user ({@code GET
 * /identityProtection/riskyUsers/{id}}, IdentityRiskyUser.Read.All; needs Microsoft Entra
 * ID P2, and the worldwide cloud: 21Vianet does not offer it). A user Identity Protection
 * never flagged has no entry (404): no risk.
 */
final class RiskCheck implements Check {

	private static final Set<String> STATES = Set.of("none", "confirmedSafe", "remediated", "dismissed", "atRisk",
			"confirmedCompromised");

	private static final Set<String> LEVELS = Set.of("none", "low", "medium", "high", "hidden");

	private static final Set<String> AT_RISK = Set.of("atRisk", "confirmedCompromised");

	@Override
	public TenantCheck name() {
		return TenantCheck.RISK;
	}

	@Override
	public String permission() {
		return "IdentityRiskyUser.Read.All";
	}

	@Override
	public String licence() {
		return "Microsoft Entra ID P2";
	}

	@Override
	public boolean availableIn(Cloud cloud) {
		return cloud == Cloud.WORLDWIDE;
	}

	@Override
	public Outcome run(GraphClient graph, @Nullable GraphUser user) throws GraphFailure {
		JsonNode risk;
		try {
			risk = graph.get("/identityProtection/riskyUsers/" + Objects.requireNonNull(user).id());
		}
		catch (GraphFailure ex) {
			if (ex.kind() == GraphFailure.Kind.NOT_FOUND) {
				Finding none = Finding.of("ui.tenant.risk.never-flagged");
				return new Outcome(none, List.of(none), List.of());
			}
			throw ex;
		}
		String state = known(risk.path("riskState").asString(""), STATES);
		String level = known(risk.path("riskLevel").asString(""), LEVELS);
		Finding headline = Finding.of("ui.tenant.risk.state", "state", state);
		List<Finding> facts = new ArrayList<>(List.of(headline, Finding.of("ui.tenant.risk.level", "level", level)));
		Instant updated = GraphText.time(risk, "riskLastUpdatedDateTime");
		if (updated != null) {
			facts.add(Finding.of("ui.tenant.risk.updated", "time", updated));
		}
		List<Suggestion> suggestions = AT_RISK.contains(state)
				? List.of(new Suggestion(CheckSignal.RISK_AT_RISK, headline)) : List.of();
		return new Outcome(headline, facts, suggestions);
	}

	/** The value if it is one of the known ones (whatever its case), else "other". */
	static String known(String value, Set<String> known) {
		return known.stream().filter(k -> k.equalsIgnoreCase(value)).findFirst().orElse("other");
	}

}
