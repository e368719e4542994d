/**
 * The operator's screens of escalation: the support request form (after an escalate
 * outcome or "I need help"), the confirmation with reference and summaries, and the
 * operator's own requests.
 */
@NullMarked
package app.stepwise.escalation.ui;

import org.jspecify.annotations.NullMarked;
