package app.stepwise.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class InvalidFlowsFailureAnalyzerTest {

	@Test
	void aFailedStartListsEveryFlowProblemInsteadOfAStackTrace() {
		InvalidFlowsException invalid = new InvalidFlowsException(List.of(
				new FlowProblem("flows/a.yaml", "ask", FlowProblem.Kind.UNKNOWN_TARGET, "Answer 'x' leads nowhere.",
						"Use one of: ask, done."),
				new FlowProblem("flows/b.yaml", "", FlowProblem.Kind.MALFORMED, "The file is empty.", "Write it.")));

		FailureAnalysis analysis = new InvalidFlowsFailureAnalyzer()
			.analyze(new BeanCreationException("flowCatalog", "failed", invalid));

		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains("2 problem(s)",
				"flows/a.yaml, step 'ask': Answer 'x' leads nowhere. Fix: Use one of: ask, done.",
				"flows/b.yaml: The file is empty. Fix: Write it.");
		assertThat(analysis.getAction()).contains("src/main/resources/flows/", "i18n/");
	}

}
