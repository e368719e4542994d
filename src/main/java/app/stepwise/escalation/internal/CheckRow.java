package app.stepwise.escalation.internal;

import app.stepwise.escalation.SupportRequest;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.jspecify.annotations.NullUnmarked;
import org.jspecify.annotations.Nullable;

/** One check of the transcript. */
@Embeddable
@NullUnmarked
class CheckRow {

	private String stepFlowId;

	private String stepId;

	private String stepTitleKey;

	private String answerId;

	private String answerLabelKey;

	private @Nullable Instant answeredAt;

	protected CheckRow() {
	}

	CheckRow(SupportRequest.Check check) {
		this.stepFlowId = check.stepFlowId();
		this.stepId = check.stepId();
		this.stepTitleKey = check.stepTitleKey();
		this.answerId = check.answerId();
		this.answerLabelKey = check.answerLabelKey();
		this.answeredAt = check.answeredAt();
	}

	SupportRequest.Check toCheck() {
		return new SupportRequest.Check(stepFlowId, stepId, stepTitleKey, answerId, answerLabelKey, answeredAt);
	}

}
