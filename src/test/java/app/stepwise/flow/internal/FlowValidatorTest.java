package app.stepwise.flow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.flow.FlowProblem;
import app.stepwise.flow.FlowProblem.Kind;
import app.stepwise.flow.InvalidFlowsException;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One deliberately broken flow per kind of problem, and the promise to report them all at
 * once.
 */
class FlowValidatorTest {

	/** A bundle that has every key, so only the problem under test is reported. */
	private static final Set<String> EVERY_KEY = new AbstractSet<>() {
		@Override
		public boolean contains(Object o) {
			return true;
		}

		@Override
		public Iterator<String> iterator() {
			return List.<String>of().iterator();
		}

		@Override
		public int size() {
			return 0;
		}
	};

	private static final String LINKS = """
			links:
			  - id: portal
			    url:
			      - when: cloud-germany
			        href: https://portal.microsoft.com/de
			      - href: https://portal.microsoft.com/
			""";

	private static final String VALID = """
			id: sample
			version: 2
			order: 1
			start: ask
			entries:
			  - id: main
			steps:
			  - id: ask
			    kind: question
			    source-date: 2026-01-01
			    answers:
			      - id: left
			        next: act
			      - id: right
			        next: done
			  - id: act
			    kind: action
			    source-date: 2026-01-01
			    instructions:
			      - id: open
			        link: portal
			    solved: done
			    not-solved: help
			  - id: done
			    kind: outcome
			    source-date: 2026-01-01
			    result: resolved
			  - id: help
			    kind: outcome
			    source-date: 2026-01-01
			    result: escalate
			""";

	private final FlowLoader loader = new FlowLoader(List.of("microsoft.com"),
			Map.of("messages.properties", EVERY_KEY));

	private List<FlowProblem> problems(String flow) {
		return loader.problems(new FlowSource("flows/links.yaml", LINKS),
				List.of(new FlowSource("flows/sample.yaml", flow)));
	}

	private static String replace(String text, String from, String to) {
		assertThat(text).contains(from);
		return text.replace(from, to);
	}

	@Test
	void aValidFlowLoadsWithItsVersionAndSourceDates() {
		var catalog = loader.load(new FlowSource("flows/links.yaml", LINKS),
				List.of(new FlowSource("flows/sample.yaml", VALID)));

		assertThat(catalog.get("sample").version()).isEqualTo(2);
		assertThat(catalog.get("sample").step("act").orElseThrow().sourceDate()).hasToString("2026-01-01");
	}

	@Test
	void anUnknownTargetIsReportedWithTheStepsThatExist() {
		List<FlowProblem> problems = problems(replace(VALID, "next: done", "next: dnoe"));

		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_TARGET);
			assertThat(p.file()).isEqualTo("flows/sample.yaml");
			assertThat(p.stepId()).isEqualTo("ask");
			assertThat(p.message()).contains("dnoe");
			assertThat(p.fix()).contains("done");
		});
	}

	@Test
	void aTargetInAnUnknownFlowIsReported() {
		List<FlowProblem> problems = problems(replace(VALID, "next: done", "next: flow:elsewhere"));

		assertThat(problems).extracting(FlowProblem::kind).containsExactly(Kind.UNKNOWN_TARGET);
		assertThat(problems.getFirst().fix()).contains("sample");
	}

	@Test
	void aDuplicateStepIdIsReported() {
		String flow = VALID + """
				  - id: help
				    kind: outcome
				    source-date: 2026-01-01
				    result: resolved
				""";

		assertThat(problems(flow)).extracting(FlowProblem::kind, FlowProblem::stepId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.DUPLICATE_ID, "help"));
	}

	@Test
	void anUnreachableStepIsReported() {
		String flow = VALID + """
				  - id: orphan
				    kind: outcome
				    source-date: 2026-01-01
				    result: resolved
				""";

		assertThat(problems(flow)).singleElement().satisfies(p -> {
			assertThat(p.kind()).isEqualTo(Kind.UNREACHABLE_STEP);
			assertThat(p.stepId()).isEqualTo("orphan");
		});
	}

	@Test
	void answersThatLeadInACircleAreReported() {
		List<FlowProblem> problems = problems(replace(VALID, "    not-solved: help\n",
				"    not-solved: help\n    answers:\n      - id: retry\n        next: ask\n"));

		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.kind()).isEqualTo(Kind.NO_OUTCOME);
			assertThat(p.message()).contains("ask -> act -> ask");
		});
	}

	@Test
	void aStepThatOffersNoAnswerInSomeCloudIsReported() {
		String flow = replace(replace(VALID, "        next: act\n", "        next: act\n        when: cloud-germany\n"),
				"        next: done\n", "        next: done\n        when: cloud-germany\n");

		assertThat(problems(flow)).singleElement().satisfies(p -> {
			assertThat(p.kind()).isEqualTo(Kind.NO_OUTCOME);
			assertThat(p.stepId()).isEqualTo("ask");
			assertThat(p.message()).contains("cloud=worldwide");
		});
	}

	@Test
	void anUnknownConditionIsReportedWithTheKnownOnes() {
		String flow = replace(VALID, "        next: done\n", "        next: done\n        when: cloud-mars\n");

		assertThat(problems(flow)).singleElement().satisfies(p -> {
			assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_CONDITION);
			assertThat(p.message()).contains("cloud-mars");
			assertThat(p.fix()).contains("cloud-germany");
		});
	}

	@Test
	void aLinkThatIsNotHttpsIsReported() {
		List<FlowProblem> problems = loader.problems(
				new FlowSource("flows/links.yaml",
						replace(LINKS, "https://portal.microsoft.com/de", "http://portal.microsoft.com/de")),
				List.of(new FlowSource("flows/sample.yaml", VALID)));

		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.kind()).isEqualTo(Kind.UNSAFE_LINK);
			assertThat(p.file()).isEqualTo("flows/links.yaml");
			assertThat(p.message()).contains("http://portal.microsoft.com/de");
		});
	}

	@Test
	void aLinkToAHostOutsideTheAllowListIsReported() {
		List<FlowProblem> problems = loader.problems(
				new FlowSource("flows/links.yaml",
						replace(LINKS, "https://portal.microsoft.com/de", "https://microsoft.com.evil.example/de")),
				List.of(new FlowSource("flows/sample.yaml", VALID)));

		assertThat(problems).extracting(FlowProblem::kind).containsExactly(Kind.UNSAFE_LINK);
	}

	@Test
	void aMessageMissingInALanguageIsReportedWithTheBundle() {
		FlowLoader strict = new FlowLoader(List.of("microsoft.com"),
				Map.of("messages.properties", EVERY_KEY, "messages_sl.properties", new AbstractSet<>() {
					@Override
					public boolean contains(Object o) {
						return !"flow.sample.act.instruction.open".equals(o);
					}

					@Override
					public Iterator<String> iterator() {
						return List.<String>of().iterator();
					}

					@Override
					public int size() {
						return 0;
					}
				}));

		List<FlowProblem> problems = strict.problems(new FlowSource("flows/links.yaml", LINKS),
				List.of(new FlowSource("flows/sample.yaml", VALID)));

		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.kind()).isEqualTo(Kind.MISSING_MESSAGE);
			assertThat(p.stepId()).isEqualTo("act");
			assertThat(p.message()).contains("flow.sample.act.instruction.open", "messages_sl.properties");
			assertThat(p.fix()).contains("i18n/messages_sl.properties");
		});
	}

	@Test
	void malformedYamlIsReportedWithoutStoppingTheOtherFiles() {
		List<FlowProblem> problems = loader.problems(new FlowSource("flows/links.yaml", LINKS),
				List.of(new FlowSource("flows/broken.yaml", "id: [unclosed"),
						new FlowSource("flows/sample.yaml", replace(VALID, "next: done", "next: nowhere"))));

		assertThat(problems).extracting(FlowProblem::file, FlowProblem::kind)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("flows/broken.yaml", Kind.MALFORMED),
					org.assertj.core.groups.Tuple.tuple("flows/sample.yaml", Kind.UNKNOWN_TARGET));
	}

	@Test
	void aMisspelledFieldIsReportedWithTheFieldsThatExist() {
		List<FlowProblem> problems = problems(replace(VALID, "    result: escalate", "    resutl: escalate"));

		assertThat(problems).extracting(FlowProblem::kind).contains(Kind.MALFORMED);
		assertThat(problems).anySatisfy(p -> {
			assertThat(p.message()).contains("resutl");
			assertThat(p.fix()).contains("result");
		});
	}

	@Test
	void everyProblemIsCollectedBeforeLoadingFails() {
		String flow = replace(replace(replace(VALID, "next: done", "next: nowhere"), "link: portal", "link: missing"),
				"        next: act\n", "        next: act\n        when: cloud-venus\n");

		assertThatThrownBy(() -> loader.load(new FlowSource("flows/links.yaml", LINKS),
				List.of(new FlowSource("flows/sample.yaml", flow))))
			.isInstanceOfSatisfying(InvalidFlowsException.class, e -> {
				assertThat(e.problems()).extracting(FlowProblem::kind)
					.contains(Kind.UNKNOWN_TARGET, Kind.UNKNOWN_CONDITION);
				assertThat(e.problems().size()).isGreaterThanOrEqualTo(3);
				assertThat(e.getMessage()).contains("nowhere", "missing", "cloud-venus");
			});
	}

	@Test
	void theShippedFlowsHaveNoProblems() {
		assertThat(app.stepwise.flow.ShippedFlows.loader()
			.problems(app.stepwise.flow.ShippedFlows.linkFile(), app.stepwise.flow.ShippedFlows.flowFiles())).isEmpty();
	}

}
