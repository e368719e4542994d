/**
 * Insight for support leads and flow authors: every flow as a map with the traffic of its
 * runs and the steps whose procedures are due to be checked again. The map's layout and
 * drawing are in {@code insight.map}, the screens in {@code insight.ui}.
 */
@NullMarked
package app.stepwise.insight;

import org.jspecify.annotations.NullMarked;
