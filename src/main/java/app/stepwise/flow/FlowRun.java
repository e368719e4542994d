package app.stepwise.flow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * One person's way through a flow: where it started, each answer given and when, and the
 * step it is on now. A run is immutable; answering or going back gives a new run. It can
 * be recreated from its path of answer ids, which is what step URLs and reloads rely on.
 */
public final class FlowRun {

	/**
	 * One answered step.
	 *
	 * @param answeredAt when the answer was given, or null when the run was recreated
	 * from a link and the time is not known
	 */
	public record Entry(Step step, Answer answer, @Nullable Instant answeredAt) {
	}

	/**
	 * The longest run a path can describe; far above any shipped flow, it bounds hostile
	 * input.
	 */
	public static final int MAX_PATH_LENGTH = 200;

	private final FlowCatalog catalog;

	private final FlowDefinition flow;

	private final Cloud cloud;

	private final List<Entry> entries;

	private final Step current;

	private final RunContext context;

	private FlowRun(FlowCatalog catalog, FlowDefinition flow, Cloud cloud, List<Entry> entries, Step current,
			RunContext context) {
		this.catalog = catalog;
		this.flow = flow;
		this.cloud = cloud;
		this.entries = List.copyOf(entries);
		this.current = current;
		this.context = context;
	}

	/** Starts a run at the first step of the given flow. */
	public static FlowRun start(FlowCatalog catalog, String flowId, Cloud cloud) {
		FlowDefinition flow = catalog.get(flowId);
		return new FlowRun(catalog, flow, cloud, List.of(), flow.start(), RunContext.of(cloud));
	}

	/**
	 * Recreates a run from its path of answer ids. Replay stops at the first answer that
	 * the step reached does not offer; {@link Replay#complete()} tells whether the whole
	 * path was accepted.
	 * @param times when each answer of the path was given, if known
	 */
	public static Replay replay(FlowCatalog catalog, String flowId, Cloud cloud, List<String> path,
			IntFunction<@Nullable Instant> times) {
		FlowRun run = start(catalog, flowId, cloud);
		int accepted = 0;
		for (String answerId : path) {
			if (accepted >= MAX_PATH_LENGTH) {
				break;
			}
			Optional<FlowRun> next = run.tryAnswer(answerId, times.apply(accepted));
			if (next.isEmpty()) {
				break;
			}
			run = next.get();
			accepted++;
		}
		return new Replay(run, accepted == path.size());
	}

	/** The result of {@link #replay}. */
	public record Replay(FlowRun run, boolean complete) {
	}

	/** Answers the current step. */
	public FlowRun answer(String answerId, @Nullable Instant at) {
		return tryAnswer(answerId, at).orElseThrow(() -> new IllegalArgumentException(
				"Step " + current.flowId() + "/" + current.id() + " offers no answer '" + answerId + "' here"));
	}

	/**
	 * Answers the current step, or gives nothing if the step does not offer that answer
	 * now.
	 */
	public Optional<FlowRun> tryAnswer(String answerId, @Nullable Instant at) {
		return current.answersFor(context).stream().filter(a -> a.id().equals(answerId)).findFirst().map(a -> {
			List<Entry> next = new ArrayList<>(entries);
			next.add(new Entry(current, a, at));
			return new FlowRun(catalog, flow, cloud, next, catalog.resolve(a.target()), context.with(a.sets()));
		});
	}

	/**
	 * Goes back so that only the first {@code keep} answers remain; the step after them
	 * is current again and everything answered after it is discarded.
	 */
	public FlowRun backTo(int keep) {
		if (keep < 0 || keep > entries.size()) {
			throw new IndexOutOfBoundsException(keep);
		}
		if (keep == entries.size()) {
			return this;
		}
		return replay(catalog, flow.id(), cloud, path().subList(0, keep), i -> entries.get(i).answeredAt()).run();
	}

	/** Goes back one step; at the first step it stays there. */
	public FlowRun back() {
		return backTo(Math.max(0, entries.size() - 1));
	}

	/**
	 * The same path in another cloud; answers the other cloud does not offer end the path
	 * there.
	 */
	public FlowRun withCloud(Cloud newCloud) {
		if (newCloud == cloud) {
			return this;
		}
		return replay(catalog, flow.id(), newCloud, path(), i -> entries.get(i).answeredAt()).run();
	}

	/**
	 * The flow the run started in; the current step may belong to another flow it led
	 * into.
	 */
	public FlowDefinition flow() {
		return flow;
	}

	public Cloud cloud() {
		return cloud;
	}

	public RunContext context() {
		return context;
	}

	public Step current() {
		return current;
	}

	/** The answered steps, in order: the transcript of checks made. */
	public List<Entry> entries() {
		return entries;
	}

	/**
	 * The answer ids in order; together with the flow id and the cloud it recreates the
	 * run.
	 */
	public List<String> path() {
		return entries.stream().map(e -> e.answer().id()).toList();
	}

	public Optional<OutcomeKind> outcome() {
		return current instanceof OutcomeStep o ? Optional.of(o.kind()) : Optional.empty();
	}

	public boolean isFinished() {
		return current instanceof OutcomeStep;
	}

	/** The definition of the flow the current step belongs to. */
	public FlowDefinition currentFlow() {
		return catalog.get(current.flowId());
	}

}
