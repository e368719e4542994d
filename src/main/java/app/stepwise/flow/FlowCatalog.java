package app.stepwise.flow;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Every flow the application offers, validated. Immutable and shared by all sessions. */
public final class FlowCatalog {

	private final Map<String, FlowDefinition> flows;

	public FlowCatalog(Collection<FlowDefinition> flows) {
		Map<String, FlowDefinition> byId = new LinkedHashMap<>();
		flows.stream()
			.sorted(java.util.Comparator.comparingInt(FlowDefinition::order).thenComparing(FlowDefinition::id))
			.forEach(f -> byId.put(f.id(), f));
		this.flows = java.util.Collections.unmodifiableMap(byId);
	}

	public Optional<FlowDefinition> find(String flowId) {
		return Optional.ofNullable(flows.get(flowId));
	}

	public FlowDefinition get(String flowId) {
		return find(flowId).orElseThrow(() -> new NoSuchElementException("No flow '" + flowId + "'"));
	}

	public Collection<FlowDefinition> flows() {
		return flows.values();
	}

	/**
	 * The problems the start page offers, in the order of the flows and of their entries.
	 */
	public List<EntryPoint> entryPoints() {
		return flows.values().stream().flatMap(f -> f.entries().stream()).toList();
	}

	public Optional<EntryPoint> entryPoint(String flowId, String entryId) {
		return find(flowId).flatMap(f -> f.entries().stream().filter(e -> e.id().equals(entryId)).findFirst());
	}

	/**
	 * The step a target points at; the catalog is validated, so every target resolves.
	 */
	public Step resolve(Target target) {
		FlowDefinition flow = get(target.flowId());
		return target.startOfFlow() ? flow.start()
				: flow.step(target.stepId()).orElseThrow(() -> new NoSuchElementException(target.toString()));
	}

}
