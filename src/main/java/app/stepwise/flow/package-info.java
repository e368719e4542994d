/**
 * The flow model and engine: flow definitions read from data files, named conditions, a
 * run through a flow, and the catalog of every shipped flow. Nothing here knows about
 * screens.
 */
@NullMarked
package app.stepwise.flow;

import org.jspecify.annotations.NullMarked;
