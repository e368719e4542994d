package app.stepwise.flow.internal;

import java.util.List;
import java.util.Locale;

/**
 * The hosts flow links may point at. An entry {@code example.com} allows that host and
 * every host below it.
 */
public record LinkPolicy(List<String> allowedHosts) {

	public LinkPolicy {
		allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
	}

	boolean allows(String host) {
		return !host.isEmpty() && allowedHosts.stream().anyMatch(a -> host.equals(a) || host.endsWith("." + a));
	}

	String describe() {
		return String.join(", ", allowedHosts);
	}
}
