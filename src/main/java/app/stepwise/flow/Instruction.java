package app.stepwise.flow;

import org.jspecify.annotations.Nullable;

/**
 * One numbered instruction of an action step, optionally with the link the person needs
 * for it.
 */
public record Instruction(String id, String textKey, @Nullable Link link, Guard when) {
}
