package app.stepwise.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped flows name the tenant checks on the steps where the tenant can answer the
 * question, and Microsoft's service health before every escalation.
 */
class ShippedFlowChecksTest {

	private static List<Step> steps() {
		return ShippedFlows.catalog().flows().stream().flatMap(f -> f.steps().stream()).toList();
	}

	@Test
	void everyEscalationLooksAtServiceHealthFirst() {
		assertThat(steps()).filteredOn(s -> s instanceof OutcomeStep o && o.kind() == OutcomeKind.ESCALATE)
			.isNotEmpty()
			.allSatisfy(s -> assertThat(s.checks()).as(s.flowId() + "/" + s.id()).contains(TenantCheck.SERVICE_HEALTH));
	}

	@Test
	void everyFlowRunsUserChecksAndSuggestsAnswersSomewhere() {
		for (FlowDefinition flow : ShippedFlows.catalog().flows()) {
			assertThat(flow.steps()).as(flow.id())
				.anySatisfy(s -> assertThat(s.checks()).anyMatch(TenantCheck::concernsUser));
			assertThat(flow.steps()).as(flow.id())
				.anySatisfy(s -> assertThat(s.answers()).anySatisfy(a -> assertThat(a.suggestedBy()).isNotEmpty()));
		}
	}

	@Test
	void everyCheckIsRunByAShippedFlow() {
		assertThat(steps().stream().flatMap(s -> s.checks().stream()).distinct())
			.containsExactlyInAnyOrder(TenantCheck.values());
	}

}
