/** The wizard's screens: the start page and one screen per step. */
@NullMarked
package app.stepwise.wizard.ui;

import org.jspecify.annotations.NullMarked;
