/**
 * The screens of insight: the figures with their charts for support leads, and the flow
 * map for support staff and flow authors.
 */
@NullMarked
package app.stepwise.insight.ui;

import org.jspecify.annotations.NullMarked;
