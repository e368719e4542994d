package app.stepwise.flow.internal;

import app.stepwise.flow.FlowCatalog;
import app.stepwise.flow.FlowDefinition;
import app.stepwise.flow.FlowProblem;
import app.stepwise.flow.FlowProblem.Kind;
import app.stepwise.flow.InvalidFlowsException;
import app.stepwise.flow.Link;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks the flow files and the shared link file, collecting every problem, and
 * builds the catalog only when there is none.
 */
public final class FlowLoader {

	/** Name of the shared link file among the flow files. */
	public static final String LINK_FILE = "links.yaml";

	private final LinkPolicy linkPolicy;

	private final Map<String, Set<String>> keysByBundle;

	/**
	 * @param allowedLinkHosts hosts links may point at (subdomains included)
	 * @param keysByBundle the message keys of each language bundle, by file name
	 */
	public FlowLoader(List<String> allowedLinkHosts, Map<String, Set<String>> keysByBundle) {
		this.linkPolicy = new LinkPolicy(allowedLinkHosts);
		this.keysByBundle = keysByBundle;
	}

	/** Every problem in the given files; empty when they are all valid. */
	public List<FlowProblem> problems(FlowSource linkFile, List<FlowSource> flowFiles) {
		Problems problems = new Problems();
		read(linkFile, flowFiles, problems);
		return problems.all();
	}

	/**
	 * The catalog of the given flows.
	 * @throws InvalidFlowsException listing every problem, if there is any
	 */
	public FlowCatalog load(FlowSource linkFile, List<FlowSource> flowFiles) {
		Problems problems = new Problems();
		List<FlowDefinition> flows = read(linkFile, flowFiles, problems);
		if (!problems.isEmpty()) {
			throw new InvalidFlowsException(problems.all());
		}
		return new FlowCatalog(flows);
	}

	private List<FlowDefinition> read(FlowSource linkFile, List<FlowSource> flowFiles, Problems problems) {
		Map<String, Link> links = new LinkFileParser(linkPolicy).parse(linkFile, problems);
		Set<String> usedLinks = new HashSet<>();
		FlowFileParser parser = new FlowFileParser(links, usedLinks);
		Map<String, FlowDefinition> flows = new LinkedHashMap<>();
		for (FlowSource file : flowFiles) {
			FlowDefinition flow = parser.parse(file, problems);
			if (flow == null) {
				continue;
			}
			if (flows.containsKey(flow.id())) {
				problems.add(file.name(), "", Kind.DUPLICATE_ID,
						"Flow id '" + flow.id() + "' is also used by " + flows.get(flow.id()).source() + ".",
						"Give every flow its own id.");
				continue;
			}
			flows.put(flow.id(), flow);
		}
		if (flowFiles.isEmpty()) {
			problems.add(linkFile.name(), "", Kind.MALFORMED, "There are no flow files.",
					"Add at least one flow under src/main/resources/flows/.");
		}
		new FlowGraphValidator(flows, problems).validate();
		MessageKeyValidator keys = new MessageKeyValidator(keysByBundle);
		flows.values().forEach(flow -> keys.validate(flow, problems));
		for (Link link : links.values()) {
			if (!usedLinks.contains(link.id())) {
				problems.add(linkFile.name(), "link " + link.id(), Kind.UNREACHABLE_STEP,
						"Link '" + link.id() + "' is not used by any flow.", "Remove it, or use it in an instruction.");
			}
		}
		return new ArrayList<>(flows.values());
	}

}
