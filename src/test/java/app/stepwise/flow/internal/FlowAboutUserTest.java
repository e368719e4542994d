package app.stepwise.flow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.flow.FlowDefinition;
import app.stepwise.flow.FlowProblem;
import app.stepwise.flow.FlowProblem.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Flow files say where a run concerns one user ({@code about-user}, on the flow or on the
 * step where such a branch begins), and the validator makes sure that every check about
 * one user comes after a step that asks which user.
 */
class FlowAboutUserTest {

	private static final String LINKS = "links: []";

	private static final String FLOW = """
			id: sample
			version: 1
			order: 1
			start: whose
			entries:
			  - id: main
			steps:
			  - id: whose
			    kind: question
			    source-date: 2026-01-01
			    answers:
			      - id: someone
			        next: look
			      - id: everyone
			        next: help
			  - id: look
			    kind: question
			    source-date: 2026-01-01
			    about-user: true
			    checks: [account]
			    answers:
			      - id: blocked
			        next: deeper
			        suggested-by: account-blocked
			      - id: fine
			        next: help
			  - id: deeper
			    kind: question
			    source-date: 2026-01-01
			    checks: [sign-ins]
			    answers:
			      - id: a
			        next: help
			      - id: b
			        next: help
			  - id: help
			    kind: outcome
			    source-date: 2026-01-01
			    checks: service-health
			    result: escalate
			""";

	private final FlowLoader loader = new FlowLoader(List.of("microsoft.com"), Map.of());

	private List<FlowProblem> problems(String flow) {
		return loader.problems(new FlowSource("flows/links.yaml", LINKS),
				List.of(new FlowSource("flows/sample.yaml", flow)));
	}

	private FlowDefinition load(String flow) {
		return loader.load(new FlowSource("flows/links.yaml", LINKS), List.of(new FlowSource("sample.yaml", flow)))
			.get("sample");
	}

	@Test
	void aStepMarkedAboutUserAsksThereAndChecksAfterItNeedNoMark() {
		assertThat(problems(FLOW)).isEmpty();
		FlowDefinition flow = load(FLOW);

		assertThat(flow.aboutUser()).isFalse();
		assertThat(flow.asksForUserAt("look")).isTrue();
		assertThat(flow.asksForUserAt("whose")).isFalse();
		assertThat(flow.asksForUserAt("deeper")).isFalse();
	}

	@Test
	void aFlowMarkedAboutUserAsksAtEveryStep() {
		FlowDefinition flow = load(FLOW.replace("start: whose\n", "start: whose\nabout-user: true\n"));

		assertThat(flow.aboutUser()).isTrue();
		assertThat(flow.steps()).allSatisfy(step -> assertThat(flow.asksForUserAt(step.id())).isTrue());
	}

	@Test
	void aCheckAboutOneUserReachedWithoutAskingIsReportedWithTheFix() {
		String flow = FLOW.replace("    about-user: true\n", "");

		assertThat(problems(flow)).extracting(FlowProblem::stepId).containsExactlyInAnyOrder("look", "deeper");
		assertThat(problems(flow)).allSatisfy(p -> assertThat(p.kind()).isEqualTo(Kind.USER_NOT_ASKED))
			.anySatisfy(p -> {
				assertThat(p.stepId()).isEqualTo("look");
				assertThat(p.message()).contains("(account)");
				assertThat(p.fix()).contains("about-user: true");
			});
	}

	@Test
	void aPathAroundTheAskingStepIsFound() {
		// "everyone" now leads straight to the step that checks sign-ins.
		String flow = FLOW.replace("      - id: everyone\n        next: help\n",
				"      - id: everyone\n        next: deeper\n");

		assertThat(problems(flow)).singleElement().satisfies(p -> {
			assertThat(p.kind()).isEqualTo(Kind.USER_NOT_ASKED);
			assertThat(p.stepId()).isEqualTo("deeper");
		});
	}

	@Test
	void serviceHealthConcernsNoUserAndNeedsNoAsking() {
		assertThat(problems(FLOW)).noneMatch(p -> p.stepId().equals("help"));
	}

	@Test
	void theFlagIsTrueOrFalse() {
		assertThat(problems(FLOW.replace("    about-user: true\n", "    about-user: maybe\n")))
			.anySatisfy(p -> assertThat(p.message()).contains("'about-user' must be true or false"));
	}

}
