/**
 * The support queue: the screens where support staff find, read, update and export
 * requests.
 */
@NullMarked
package app.stepwise.support.ui;

import org.jspecify.annotations.NullMarked;
