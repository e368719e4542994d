package app.stepwise.insight;

import app.stepwise.base.ui.Markup;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.flow.FlowDefinition;
import app.stepwise.flow.Step;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.Messages;
import app.stepwise.i18n.PseudoLocale;
import app.stepwise.insight.map.FlowGraph;
import app.stepwise.insight.map.LaidOutMap;
import app.stepwise.insight.map.MapLayout;
import app.stepwise.insight.map.MapSvg;
import app.stepwise.insight.map.MapTexts;
import app.stepwise.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The flow map: every flow as a graph, laid out once per language and shared by all
 * sessions, drawn with the traffic of a period; and the steps due to be checked again
 * against Microsoft's documentation.
 */
@Service
public class FlowMaps {

	private static final Logger log = LoggerFactory.getLogger(FlowMaps.class);

	private record LayoutKey(String flowId, String language, Set<String> stale) {
	}

	/** A step due to be checked again, with its flow. */
	public record StaleStep(FlowDefinition flow, Step step) {
	}

	private final FlowCatalog catalog;

	private final Messages messages;

	private final FlowTraffic traffic;

	private final Clock clock;

	private final Staleness staleness;

	private final Map<String, FlowGraph> graphs = new LinkedHashMap<>();

	private final Map<LayoutKey, LaidOutMap> layouts = new ConcurrentHashMap<>();

	FlowMaps(FlowCatalog catalog, Messages messages, FlowTraffic traffic, InsightProperties properties, Clock clock) {
		this.catalog = catalog;
		this.messages = messages;
		this.traffic = traffic;
		this.clock = clock;
		this.staleness = new Staleness(properties.staleAfter(), clock);
		catalog.flows().forEach(flow -> graphs.put(flow.id(), FlowGraph.of(flow)));
	}

	/** Every flow, in the order of the start page. */
	public Collection<FlowDefinition> flows() {
		return catalog.flows();
	}

	public Optional<FlowDefinition> flow(String flowId) {
		return catalog.find(flowId);
	}

	/** The graph of a shipped flow. */
	public FlowGraph graph(String flowId) {
		FlowGraph graph = graphs.get(flowId);
		if (graph == null) {
			throw new IllegalArgumentException("No flow '" + flowId + "'");
		}
		return graph;
	}

	public Staleness staleness() {
		return staleness;
	}

	/** The traffic through a flow of the runs that ended in the period. */
	@RolesAllowed(Roles.SUPPORT)
	public Traffic traffic(String flowId, TrafficPeriod period) {
		return traffic.traffic(flowId, period.start(clock), clock.instant());
	}

	/**
	 * The texts of a map in the reader's language (the pseudo-locale too), without the
	 * {@code **bold**} marks texts may carry: a drawing has no emphasis.
	 */
	public MapTexts texts(Locale locale) {
		return (key, arguments) -> Markup.plain(messages.get(locale, key, arguments));
	}

	/** The flow laid out with its texts in the reader's language. */
	public LaidOutMap layout(String flowId, Locale locale) {
		FlowGraph graph = graph(flowId);
		Set<String> stale = catalog.get(flowId)
			.steps()
			.stream()
			.filter(staleness::isStale)
			.map(Step::id)
			.collect(Collectors.toUnmodifiableSet());
		String language = PseudoLocale.is(locale) ? locale.toLanguageTag() : Language.orEnglish(locale).tag();
		return layouts.computeIfAbsent(new LayoutKey(flowId, language, stale), key -> {
			long started = System.nanoTime();
			LaidOutMap map = MapLayout.layout(graph, texts(locale), stale);
			log.debug("Laid out the map of {} in {} in {} ms", flowId, language,
					(System.nanoTime() - started) / 1_000_000);
			return map;
		});
	}

	/** The flow's map as an SVG document, in the reader's language, with the traffic. */
	public String svg(String flowId, Locale locale, Traffic traffic) {
		FlowDefinition flow = catalog.get(flowId);
		LaidOutMap map = layout(flowId, locale);
		MapTexts texts = texts(locale);
		String flowTitle = texts.get(flow.titleKey());
		String title = texts.get("ui.flow-map.svg.title", Map.of("flow", flowTitle));
		String description = texts.get("ui.flow-map.svg.description",
				Map.of("steps", flow.steps().size(), "answers", map.graph().edges().size(), "runs", traffic.runs()));
		return MapSvg.render(map, traffic, texts, title, description);
	}

	/** Every step of every flow due to be checked again, oldest first. */
	public List<StaleStep> staleSteps() {
		return catalog.flows()
			.stream()
			.flatMap(flow -> flow.steps().stream().filter(staleness::isStale).map(step -> new StaleStep(flow, step)))
			.sorted(java.util.Comparator.comparing(s -> s.step().sourceDate()))
			.toList();
	}

}
