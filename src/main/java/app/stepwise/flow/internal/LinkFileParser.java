package app.stepwise.flow.internal;

import app.stepwise.flow.FlowProblem.Kind;
import app.stepwise.flow.Guard;
import app.stepwise.flow.Link;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the shared link file: every address a flow may point at, with its variants per
 * context. Only https addresses on the allowed hosts are accepted.
 */
final class LinkFileParser {

	private final LinkPolicy policy;

	LinkFileParser(LinkPolicy policy) {
		this.policy = policy;
	}

	Map<String, Link> parse(FlowSource source, Problems problems) {
		Map<String, Link> links = new LinkedHashMap<>();
		Object root = Yaml.load(source, problems);
		if (root == null) {
			return links;
		}
		Fields top = Fields.of(root, "the link file", source.name(), "", problems);
		if (top == null) {
			return links;
		}
		top.allowOnly(Set.of("links"), "the link file");
		for (Object node : top.list("links")) {
			Fields fields = Fields.of(node, "a link", source.name(), "", problems);
			if (fields == null) {
				continue;
			}
			fields.allowOnly(Set.of("id", "url"), "a link");
			String id = fields.id("id", true);
			if (id == null) {
				continue;
			}
			fields = fields.forStep("link " + id);
			if (links.containsKey(id)) {
				fields.problem(Kind.DUPLICATE_ID, "Link id '" + id + "' is defined twice.",
						"Give each link its own id, or remove the second one.");
				continue;
			}
			List<Link.Variant> variants = variants(fields);
			if (!variants.isEmpty()) {
				links.put(id, new Link(id, "link." + id, variants));
			}
		}
		return links;
	}

	private List<Link.Variant> variants(Fields fields) {
		Object url = fields.raw("url");
		List<Link.Variant> variants = new ArrayList<>();
		if (url == null) {
			fields.malformed("The link has no 'url'.", "Add 'url: https://...' or a list of variants with 'when'.");
		}
		else if (url instanceof String s) {
			addIfSafe(fields, s, Guard.ALWAYS, variants);
		}
		else {
			for (Object node : fields.list("url")) {
				Fields variant = Fields.of(node, "a link variant", fields.file(), fields.stepId(), fields.problems());
				if (variant == null) {
					continue;
				}
				variant.allowOnly(Set.of("href", "when"), "a link variant");
				String href = variant.string("href", true);
				Guard when = Guards.read(variant);
				if (href != null) {
					addIfSafe(variant, href, when, variants);
				}
			}
			if (!variants.isEmpty() && !variants.getLast().when().all().isEmpty()) {
				fields.malformed("The last variant of the link has a 'when', so some contexts have no address.",
						"End the list with a variant without 'when' as the default.");
			}
		}
		return variants;
	}

	private void addIfSafe(Fields fields, String href, Guard when, List<Link.Variant> variants) {
		URI uri = safeUri(fields, href);
		if (uri != null) {
			variants.add(new Link.Variant(uri, when));
		}
	}

	private @Nullable URI safeUri(Fields fields, String href) {
		URI uri;
		try {
			uri = new URI(href);
		}
		catch (URISyntaxException e) {
			fields.problem(Kind.UNSAFE_LINK, "'" + href + "' is not a valid address.", "Correct the address.");
			return null;
		}
		if (!"https".equals(uri.getScheme())) {
			fields.problem(Kind.UNSAFE_LINK, "'" + href + "' does not use https.", "Link only to https addresses.");
			return null;
		}
		String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
		if (!policy.allows(host)) {
			fields.problem(Kind.UNSAFE_LINK, "'" + host + "' is not an allowed host.",
					"Link to Microsoft's admin portals or documentation (" + policy.describe()
							+ "), or add the host to stepwise.links.allowed-hosts after review.");
			return null;
		}
		return uri;
	}

}
