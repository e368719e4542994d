/** The screens of insight: the flow map for support staff and flow authors. */
@NullMarked
package app.stepwise.insight.ui;

import org.jspecify.annotations.NullMarked;
