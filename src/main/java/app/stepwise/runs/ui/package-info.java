/** The "My runs" screen. */
@NullMarked
package app.stepwise.runs.ui;

import org.jspecify.annotations.NullMarked;
