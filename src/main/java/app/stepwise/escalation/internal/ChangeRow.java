package app.stepwise.escalation.internal;

import app.stepwise.escalation.RequestStatus;
import app.stepwise.escalation.SupportRequest;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.jspecify.annotations.NullUnmarked;

/** One entry of the history. */
@Embeddable
@NullUnmarked
class ChangeRow {

	@Column(name = "changed_at")
	private Instant at;

	private String actor;

	@Enumerated(EnumType.STRING)
	private RequestStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private RequestStatus toStatus;

	private String comment;

	protected ChangeRow() {
	}

	ChangeRow(Instant at, String actor, RequestStatus from, RequestStatus to, String comment) {
		this.at = at;
		this.actor = actor;
		this.fromStatus = from;
		this.toStatus = to;
		this.comment = comment;
	}

	SupportRequest.StatusChange toChange() {
		return new SupportRequest.StatusChange(at, actor, fromStatus, toStatus, comment);
	}

}
