/**
 * Stepwise's own metrics, beside the JVM's and the web server's that Micrometer gathers:
 * what people do (runs, requests, sign-ins) and how notifications fare. Names are listed
 * in {@link app.stepwise.metrics.StepwiseMeters}.
 */
@NullMarked
package app.stepwise.metrics;

import org.jspecify.annotations.NullMarked;
