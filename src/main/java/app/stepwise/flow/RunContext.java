package app.stepwise.flow;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a run knows besides its path: the tenant's cloud, chosen by the operator, and the
 * facts that answers have established.
 */
public record RunContext(Cloud cloud, Map<Fact, Boolean> facts) {

	public RunContext {
		facts = facts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(facts));
	}

	public static RunContext of(Cloud cloud) {
		return new RunContext(cloud, Map.of());
	}

	public Optional<Boolean> fact(Fact fact) {
		return Optional.ofNullable(facts.get(fact));
	}

	public RunContext with(Map<Fact, Boolean> learned) {
		if (learned.isEmpty()) {
			return this;
		}
		Map<Fact, Boolean> merged = new EnumMap<>(Fact.class);
		merged.putAll(facts);
		merged.putAll(learned);
		return new RunContext(cloud, merged);
	}

	public RunContext withCloud(Cloud newCloud) {
		return new RunContext(newCloud, facts);
	}
}
