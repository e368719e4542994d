package app.stepwise.flow.internal;

/** The text of one data file and the name to report problems under. */
public record FlowSource(String name, String text) {
}
