/**
 * Saved runs: every run of the wizard is stored as it goes, so that a person finds it in
 * "My runs" after signing out, a restart or on another device, and resumes it at its
 * step. {@link app.stepwise.runs.MyRuns} is the public face; {@code internal} holds the
 * table, the store the wizard keeps its runs in, and the jobs that mark idle runs
 * abandoned and forget finished ones.
 */
@NullMarked
package app.stepwise.runs;

import org.jspecify.annotations.NullMarked;
