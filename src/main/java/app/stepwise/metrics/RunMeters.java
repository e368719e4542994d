package app.stepwise.metrics;

import app.stepwise.flow.OutcomeKind;
import app.stepwise.wizard.RunEnded;
import app.stepwise.wizard.RunStarted;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Counts runs started and ended, per flow, from the wizard's events. */
@Component
class RunMeters {

	private final MeterRegistry registry;

	RunMeters(MeterRegistry registry) {
		this.registry = registry;
	}

	@EventListener
	void started(RunStarted started) {
		Counter.builder(StepwiseMeters.RUNS_STARTED)
			.description("Runs begun at an entry point or started over")
			.tag("flow", started.flowId())
			.register(registry)
			.increment();
	}

	@EventListener
	void ended(RunEnded ended) {
		String outcome = ended.outcome().map(RunMeters::name).orElse("abandoned");
		Counter.builder(StepwiseMeters.RUNS_ENDED)
			.description("Runs that reached an outcome or were left")
			.tag("flow", ended.flowId())
			.tag("outcome", outcome)
			.register(registry)
			.increment();
	}

	private static String name(OutcomeKind kind) {
		return switch (kind) {
			case RESOLVED -> "resolved";
			case ESCALATE -> "escalated";
		};
	}

}
