package app.stepwise.wizard;

import java.time.Instant;
import java.util.UUID;

/**
 * A new run began: at an entry point of the start page, by starting a flow over, or from
 * an address that continues none of the person's runs (a shared link).
 *
 * @param runId the run's id
 * @param flowId the flow it runs
 * @param at when it began
 */
public record RunStarted(UUID runId, String flowId, Instant at) {
}
