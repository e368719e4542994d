/**
 * The main layout, error handling and components shared by the screens of every feature.
 */
@NullMarked
package app.stepwise.base.ui;

import org.jspecify.annotations.NullMarked;
