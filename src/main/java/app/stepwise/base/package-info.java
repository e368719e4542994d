/** What every feature shares that is not a screen: the runtime mode. */
@NullMarked
package app.stepwise.base;

import org.jspecify.annotations.NullMarked;
