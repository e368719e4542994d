/**
 * The flow map as a picture: the graph laid out by the Eclipse Layout Kernel and written
 * as SVG, every text escaped.
 */
@NullMarked
package app.stepwise.insight.map;

import org.jspecify.annotations.NullMarked;
