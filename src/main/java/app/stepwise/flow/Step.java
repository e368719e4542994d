package app.stepwise.flow;

import java.time.LocalDate;
import java.util.List;

/**
 * One screen of a flow. Every step has a title and a body message; what else it has
 * depends on its kind.
 */
public sealed interface Step permits QuestionStep, ActionStep, OutcomeStep {

	String flowId();

	String id();

	/** The date of the Microsoft procedure this step was checked against. */
	LocalDate sourceDate();

	/** The answers this step offers in any context; empty for outcomes. */
	List<Answer> answers();

	/**
	 * The tenant checks this step runs, in the order the flow file lists them; empty when
	 * the step runs none. Where no tenant is connected, nothing runs them.
	 */
	List<TenantCheck> checks();

	default String titleKey() {
		return FlowMessageKeys.stepTitle(flowId(), id());
	}

	default String bodyKey() {
		return FlowMessageKeys.stepBody(flowId(), id());
	}

	/** The answers offered in the given context, in order. */
	default List<Answer> answersFor(RunContext context) {
		return answers().stream().filter(a -> a.when().admits(context)).toList();
	}

}
