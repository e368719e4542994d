package app.stepwise.wizard;

import java.time.Instant;
import java.util.UUID;

/**
 * A new run began: at an entry point of the start page, or by starting a flow over. (Runs
 * recreated from an address that no session remembers, such as a shared link, are not
 * announced yet.)
 *
 * @param runId the run's id
 * @param flowId the flow it runs
 * @param at when it began
 */
public record RunStarted(UUID runId, String flowId, Instant at) {
}
