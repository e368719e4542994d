/**
 * The guided wizard: turning step addresses into runs and answers into the next step. The
 * screens are in {@code wizard.ui}; this package holds what they call.
 */
@NullMarked
package app.stepwise.wizard;

import org.jspecify.annotations.NullMarked;
