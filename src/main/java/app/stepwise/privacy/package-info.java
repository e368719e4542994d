/**
 * Personal data: what Stepwise stores about a person, found, exported and erased on
 * request, and removed once its retention period is over. Each feature that stores
 * personal data contributes a {@link app.stepwise.privacy.PersonalData}; this package
 * knows none of them by name.
 */
@NullMarked
package app.stepwise.privacy;

import org.jspecify.annotations.NullMarked;
