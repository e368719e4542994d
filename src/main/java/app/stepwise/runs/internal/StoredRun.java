package app.stepwise.runs.internal;

import app.stepwise.runs.SavedRun;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A saved run with all that is needed to continue it: whose it is, the tenant, what
 * checks showed (as stored), and when each answer was given.
 *
 * @param run what lists show of it
 * @param owner who runs it, or null once forgotten
 * @param tenantId the tenant it is about, or null
 * @param evidence what checks showed, as stored, or null
 * @param answerTimes when each answer of the path was given, null where unknown
 */
public record StoredRun(SavedRun run, @Nullable String owner, @Nullable String tenantId, @Nullable String evidence,
		List<@Nullable Instant> answerTimes) {

	public StoredRun {
		answerTimes = Collections.unmodifiableList(new ArrayList<>(answerTimes));
	}

	/** When the answer at this place of the path was given, if known. */
	public @Nullable Instant answeredAt(int index) {
		return index < answerTimes.size() ? answerTimes.get(index) : null;
	}

}
