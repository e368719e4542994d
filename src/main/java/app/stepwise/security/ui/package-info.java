/** The sign-in screen. */
@NullMarked
package app.stepwise.security.ui;

import org.jspecify.annotations.NullMarked;
