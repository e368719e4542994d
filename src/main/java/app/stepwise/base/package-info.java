/**
 * What every feature shares that is not a screen: error pages for requests outside
 * Vaadin, the security headers of every response, the audit log.
 */
@NullMarked
package app.stepwise.base;

import org.jspecify.annotations.NullMarked;
