package app.stepwise.flow;

/** How long the effect of an action usually takes to show, and at most. */
public record Wait(int usualHours, int maxHours) {
}
