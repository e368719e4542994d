@NullMarked
package app.stepwise.reminders.internal;

import org.jspecify.annotations.NullMarked;
