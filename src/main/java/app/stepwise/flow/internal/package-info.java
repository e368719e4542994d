/** Reading flow files and checking them; not part of the flow module's public API. */
@NullMarked
package app.stepwise.flow.internal;

import org.jspecify.annotations.NullMarked;
