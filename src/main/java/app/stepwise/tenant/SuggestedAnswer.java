package app.stepwise.tenant;

import app.stepwise.flow.CheckSignal;
import java.time.Instant;

/**
 * An answer of a step that a check suggests, with its evidence and when it was read:
 * "Sign-in is blocked — checked 13:42". The operator still chooses.
 */
public record SuggestedAnswer(String answerId, CheckSignal signal, Finding evidence, Instant readAt) {
}
