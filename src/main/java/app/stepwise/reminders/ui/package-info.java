@NullMarked
package app.stepwise.reminders.ui;

import org.jspecify.annotations.NullMarked;
