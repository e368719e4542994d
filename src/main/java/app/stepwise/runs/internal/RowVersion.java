package app.stepwise.runs.internal;

import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A run's row as a save left it (or as read): whose it is, its version, its path and its
 * outcome with when it was reached. The next save of the run in the same session builds
 * on it (see {@link RunTable#save(RunState, Instant, RowVersion)}). A run that has only
 * just begun has no row yet: {@link #none()} says so, and its first save only inserts.
 */
public record RowVersion(@Nullable String owner, long version, String path, @Nullable String outcome,
		@Nullable Instant endedAt) implements Serializable {

	private static final RowVersion NONE = new RowVersion(null, -1, "", null, null);

	/** What a run that has only just begun has in the table: no row at all. */
	public static RowVersion none() {
		return NONE;
	}

	/** Whether this says that the run has no row yet. */
	public boolean isNone() {
		return version < 0;
	}

}
