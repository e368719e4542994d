/**
 * Demo users for development. They have publicly known passwords and refuse to load in
 * production mode.
 */
@NullMarked
package app.stepwise.security.dev;

import org.jspecify.annotations.NullMarked;
