package app.stepwise.wizard;

import app.stepwise.flow.Step;
import app.stepwise.tenant.CheckReport;
import app.stepwise.tenant.CheckResult;
import app.stepwise.tenant.CheckStatus;
import app.stepwise.tenant.Finding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns what a step's checks found into the evidence a run keeps: the headline or the
 * note first, then the facts, as message keys with their arguments.
 */
public final class Evidence {

	private Evidence() {
	}

	/** The evidence of every result of the report, as shown at the step. */
	public static List<CheckEvidence> of(Step step, CheckReport report) {
		return report.results().stream().map(result -> of(step, report.tenant().id(), result)).toList();
	}

	static CheckEvidence of(Step step, String tenantId, CheckResult result) {
		List<CheckEvidence.Line> lines = new ArrayList<>(result.facts().size() + 1);
		lines.add(line(result.note()));
		result.facts().forEach(fact -> lines.add(line(fact)));
		return new CheckEvidence(step.flowId(), step.id(), tenantId, result.check().id(), status(result.status()),
				lines, result.readAt());
	}

	/** A status as evidence, style classes and metrics name it: {@code not-permitted}. */
	public static String status(CheckStatus status) {
		return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static CheckEvidence.Line line(Finding finding) {
		Map<String, String> text = new LinkedHashMap<>();
		Map<String, Instant> times = new LinkedHashMap<>();
		finding.arguments().forEach((name, value) -> {
			if (value instanceof Instant moment) {
				times.put(name, moment);
			}
			else {
				text.put(name, String.valueOf(value));
			}
		});
		return new CheckEvidence.Line(finding.key(), text, times);
	}

}
