package app.stepwise.runs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A saved run as "My runs" lists it: which flow, where it stands, whom it is about, when
 * it was last worked on, and how it ended if it has.
 *
 * @param id the run's id
 * @param flowId the flow it started in
 * @param flowVersion the version of that flow it started on
 * @param cloud the id of the tenant's cloud
 * @param path the answers given, in order
 * @param stepFlowId the flow of the step it stands at
 * @param stepId the step it stands at
 * @param affectedUser the affected user's user principal name, or null
 * @param lastActivityAt when it was last worked on
 * @param waitingUntil until when the wait of its step lasts at most, or null
 * @param end how it ended, or null while it is open
 * @param endedAt when it ended, or null while it is open
 */
public record SavedRun(UUID id, String flowId, int flowVersion, String cloud, List<String> path, String stepFlowId,
		String stepId, @Nullable String affectedUser, Instant lastActivityAt, @Nullable Instant waitingUntil,
		@Nullable RunEnd end, @Nullable Instant endedAt) {

	public SavedRun {
		path = List.copyOf(path);
	}

	public boolean isOpen() {
		return end == null;
	}

	public Optional<RunEnd> ending() {
		return Optional.ofNullable(end);
	}

}
