/**
 * Insight for support leads and flow authors: the figures of a period (runs by outcome,
 * deflection, medians, where runs stall, requests by status), aggregated by the database;
 * and every flow as a map with the traffic of its runs and the steps whose procedures are
 * due to be checked again. The map's layout and drawing are in {@code insight.map}, the
 * screens in {@code insight.ui}.
 */
@NullMarked
package app.stepwise.insight;

import org.jspecify.annotations.NullMarked;
