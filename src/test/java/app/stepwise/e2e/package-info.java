/**
 * End-to-end tests in a real browser (Debian's Chromium driven by Playwright) against the
 * application started on a random port.
 */
@NullMarked
package app.stepwise.e2e;

import org.jspecify.annotations.NullMarked;
