package app.stepwise.flow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.flow.CheckSignal;
import app.stepwise.flow.FlowProblem;
import app.stepwise.flow.FlowProblem.Kind;
import app.stepwise.flow.TenantCheck;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Flow files name the tenant checks a step runs and the signals that suggest an answer;
 * the validator knows every name and reports every misuse with the file, the step and the
 * fix.
 */
class FlowCheckNamesTest {

	private static final String LINKS = "links: []";

	private static final String FLOW = """
			id: sample
			version: 1
			order: 1
			start: ask
			entries:
			  - id: main
			steps:
			  - id: ask
			    kind: question
			    source-date: 2026-01-01
			    about-user: true
			    checks: [account, sign-ins]
			    answers:
			      - id: blocked
			        next: done
			        suggested-by: [account-blocked, sign-ins-locked]
			      - id: fine
			        next: help
			  - id: done
			    kind: outcome
			    source-date: 2026-01-01
			    result: resolved
			  - id: help
			    kind: outcome
			    source-date: 2026-01-01
			    checks: service-health
			    result: escalate
			""";

	/** No bundles at all: no message can be missing, so only check names are tested. */
	private final FlowLoader loader = new FlowLoader(List.of("microsoft.com"), Map.of());

	private List<FlowProblem> problems(String flow) {
		return loader.problems(new FlowSource("flows/links.yaml", LINKS),
				List.of(new FlowSource("flows/sample.yaml", flow)));
	}

	private static String replace(String from, String to) {
		assertThat(FLOW).contains(from);
		return FLOW.replace(from, to);
	}

	@Test
	void aStepKeepsItsChecksInOrderAndAnAnswerTheSignalsThatSuggestIt() {
		var flow = loader.load(new FlowSource("flows/links.yaml", LINKS), List.of(new FlowSource("sample.yaml", FLOW)))
			.get("sample");

		var ask = flow.step("ask").orElseThrow();
		assertThat(ask.checks()).containsExactly(TenantCheck.ACCOUNT, TenantCheck.SIGN_INS);
		assertThat(ask.answers().getFirst().suggestedBy()).containsExactly(CheckSignal.ACCOUNT_BLOCKED,
				CheckSignal.SIGN_INS_LOCKED);
		assertThat(ask.answers().get(1).suggestedBy()).isEmpty();
		assertThat(flow.step("help").orElseThrow().checks()).containsExactly(TenantCheck.SERVICE_HEALTH);
		assertThat(flow.step("done").orElseThrow().checks()).isEmpty();
	}

	@Test
	void anUnknownCheckIsReportedWithEveryKnownName() {
		assertThat(problems(replace("checks: [account, sign-ins]", "checks: [account, sign-ins, mailbox-size]")))
			.singleElement()
			.satisfies(p -> {
				assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_CHECK);
				assertThat(p.file()).isEqualTo("flows/sample.yaml");
				assertThat(p.stepId()).isEqualTo("ask");
				assertThat(p.message()).contains("mailbox-size");
				assertThat(p.fix()).contains(TenantCheck.known());
			});
	}

	@Test
	void anUnknownSignalIsReportedWithEveryKnownName() {
		assertThat(problems(replace("[account-blocked, sign-ins-locked]", "[account-blocked, account-haunted]")))
			.singleElement()
			.satisfies(p -> {
				assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_CHECK);
				assertThat(p.stepId()).isEqualTo("ask");
				assertThat(p.message()).contains("account-haunted");
				assertThat(p.fix()).contains(CheckSignal.known());
			});
	}

	@Test
	void aSignalFromACheckTheStepDoesNotRunIsReportedWithTheCheckToAdd() {
		assertThat(problems(replace("checks: [account, sign-ins]", "checks: [account]"))).singleElement()
			.satisfies(p -> {
				assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_CHECK);
				assertThat(p.message()).contains("'blocked'", "sign-ins-locked");
				assertThat(p.fix()).contains("Add 'sign-ins'");
			});
	}

	@Test
	void aSignalSuggestingTwoAnswersAndACheckListedTwiceAreReported() {
		String flow = replace("      - id: fine\n        next: help\n",
				"      - id: fine\n        next: help\n        suggested-by: account-blocked\n")
			.replace("checks: service-health", "checks: [service-health, service-health]");

		assertThat(problems(flow)).extracting(FlowProblem::kind, FlowProblem::stepId)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Kind.DUPLICATE_ID, "ask"),
					org.assertj.core.groups.Tuple.tuple(Kind.DUPLICATE_ID, "help"));
	}

	@Test
	void checksAreUnknownWhereTheyDoNotBelongLikeOnAnEntry() {
		String flow = replace("  - id: main\n", "  - id: main\n    checks: [account]\n");

		assertThat(problems(flow)).singleElement().satisfies(p -> {
			assertThat(p.kind()).isEqualTo(Kind.MALFORMED);
			assertThat(p.message()).contains("Unknown field 'checks'");
		});
	}

}
