/** Persistence and upkeep of saved runs. */
@NullMarked
package app.stepwise.runs.internal;

import org.jspecify.annotations.NullMarked;
