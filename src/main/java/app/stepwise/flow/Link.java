package app.stepwise.flow;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A link into an admin center or into Microsoft's documentation. A link may have a
 * different address per context (for example per cloud): the first variant whose guard
 * admits the context wins.
 */
public record Link(String id, String labelKey, List<Variant> variants) {

	/** One address of a link and the context it is for. */
	public record Variant(URI uri, Guard when) {
	}

	public Link {
		variants = List.copyOf(variants);
	}

	public Optional<URI> uriFor(RunContext context) {
		return variants.stream().filter(v -> v.when().admits(context)).map(Variant::uri).findFirst();
	}
}
