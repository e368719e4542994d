package app.stepwise.flow;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One flow as read from its file: its steps, where it starts, and how the start page
 * offers it.
 */
public final class FlowDefinition {

	private final String id;

	private final int version;

	private final int order;

	private final String startStepId;

	private final Map<String, Step> steps;

	private final List<EntryPoint> entries;

	private final String source;

	private final boolean aboutUser;

	private final Set<String> userSteps;

	/** A flow that concerns no user in particular. */
	public FlowDefinition(String id, int version, int order, String startStepId, Collection<? extends Step> steps,
			List<EntryPoint> entries, String source) {
		this(id, version, order, startStepId, steps, entries, source, false, Set.of());
	}

	/**
	 * @param aboutUser whether every step concerns one user ({@code about-user} on the
	 * flow)
	 * @param userSteps the steps from which on a run concerns one user
	 * ({@code about-user} on a step)
	 */
	public FlowDefinition(String id, int version, int order, String startStepId, Collection<? extends Step> steps,
			List<EntryPoint> entries, String source, boolean aboutUser, Set<String> userSteps) {
		this.id = id;
		this.version = version;
		this.order = order;
		this.startStepId = startStepId;
		Map<String, Step> byId = new LinkedHashMap<>();
		steps.forEach(s -> byId.putIfAbsent(s.id(), s));
		this.steps = java.util.Collections.unmodifiableMap(byId);
		this.entries = List.copyOf(entries);
		this.source = source;
		this.aboutUser = aboutUser;
		this.userSteps = Set.copyOf(userSteps);
	}

	public String id() {
		return id;
	}

	/**
	 * Raised whenever the flow's structure or meaning changes; recorded with every run.
	 */
	public int version() {
		return version;
	}

	/** Where the flow's entries appear on the start page, lowest first. */
	public int order() {
		return order;
	}

	public String startStepId() {
		return startStepId;
	}

	public Step start() {
		return steps.get(startStepId);
	}

	public Optional<Step> step(String stepId) {
		return Optional.ofNullable(steps.get(stepId));
	}

	public Collection<Step> steps() {
		return steps.values();
	}

	public List<EntryPoint> entries() {
		return entries;
	}

	/** The file this flow was read from, for messages about it. */
	public String source() {
		return source;
	}

	/**
	 * Whether the whole flow concerns one user (a locked-out user, a compromised
	 * account): a run asks which user at its first step, where a tenant is connected.
	 */
	public boolean aboutUser() {
		return aboutUser;
	}

	/**
	 * Whether a run asks which user it is about at this step: every step of a flow about
	 * one user, and the steps where a branch about one user begins.
	 */
	public boolean asksForUserAt(String stepId) {
		return aboutUser || userSteps.contains(stepId);
	}

	public String titleKey() {
		return FlowMessageKeys.flowTitle(id);
	}

}
