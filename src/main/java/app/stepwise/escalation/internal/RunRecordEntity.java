package app.stepwise.escalation.internal;

import app.stepwise.escalation.RunOutcome;
import app.stepwise.escalation.RunRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.NullUnmarked;
import org.jspecify.annotations.Nullable;

/** How a run ended, as JPA maps it. */
@Entity
@Table(name = "run_record")
@NullUnmarked
public class RunRecordEntity {

	private static final String SEPARATOR = ".";

	@Id
	private UUID runId;

	private String flowId;

	private int flowVersion;

	private String stepFlowId;

	private String stepId;

	@Enumerated(EnumType.STRING)
	private RunOutcome outcome;

	private int answers;

	private String path;

	private Instant endedAt;

	@Version
	private @Nullable Long version;

	protected RunRecordEntity() {
	}

	public RunRecordEntity(UUID runId) {
		this.runId = runId;
	}

	/** Records the run's newest end. */
	public void ended(String flowId, int flowVersion, String stepFlowId, String stepId, RunOutcome outcome,
			List<String> path, Instant at) {
		this.flowId = flowId;
		this.flowVersion = flowVersion;
		this.stepFlowId = stepFlowId;
		this.stepId = stepId;
		this.outcome = outcome;
		this.answers = path.size();
		this.path = String.join(SEPARATOR, path);
		this.endedAt = at;
	}

	public RunRecord toRecord() {
		return new RunRecord(runId, flowId, flowVersion, stepFlowId, stepId, outcome, answerIds(path), endedAt);
	}

	/** The answer ids of a stored path. */
	public static List<String> answerIds(String storedPath) {
		return storedPath.isEmpty() ? List.of() : Arrays.asList(storedPath.split("\\."));
	}

}
