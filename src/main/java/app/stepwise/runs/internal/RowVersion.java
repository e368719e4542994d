package app.stepwise.runs.internal;

import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A run's row as a save left it (or as read): whose it is, its version, its path and its
 * outcome with when it was reached. The next save of the run in the same session builds
 * on it (see {@link RunTable#save(RunState, Instant, RowVersion)}).
 */
public record RowVersion(@Nullable String owner, long version, String path, @Nullable String outcome,
		@Nullable Instant endedAt) implements Serializable {
}
