package app.stepwise.tenant;

import app.stepwise.flow.CheckSignal;

/**
 * A signal a check found, with the fact that is its evidence. Flow files say which
 * answers each signal suggests ({@code suggested-by}).
 */
public record Suggestion(CheckSignal signal, Finding evidence) {
}
