/**
 * The demo tenant for development: a fake Microsoft Graph served by the application
 * itself from fixtures. It refuses to run in production mode.
 */
@NullMarked
package app.stepwise.tenant.dev;

import org.jspecify.annotations.NullMarked;
