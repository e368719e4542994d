/**
 * Localization: the message bundles, ICU4J formatting with plurals, dates and numbers in
 * the reader's locale, the choice of language, and Vaadin's bridge to it.
 */
@NullMarked
package app.stepwise.i18n;

import org.jspecify.annotations.NullMarked;
