/**
 * The main layout, error handling and components shared by the screens of every feature;
 * open to every feature.
 */
@NullMarked
@NamedInterface("ui")
package app.stepwise.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
