package app.stepwise.escalation;

/**
 * The result of filing a request.
 *
 * @param created false if the run already had a request, which is returned instead
 */
public record Filing(SupportRequest request, boolean created) {
}
