package app.stepwise.insight.ui;

import app.stepwise.base.ui.Markup;
import app.stepwise.insight.Staleness;
import app.stepwise.insight.Traffic;
import app.stepwise.insight.map.FlowGraph;
import app.stepwise.insight.map.MapWords;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The map as a nested list, for keyboard and screen-reader users and anyone who prefers
 * text: each step with its kind and the runs that ended there, and under it each answer
 * with its condition, where it leads and how many runs gave it. A step's button shows its
 * texts as clicking it on the map does; another flow is a link to its map.
 */
class MapOutline extends Section {

	final H2 heading = new H2();

	final UnorderedList steps = new UnorderedList();

	private final Consumer<String> onSelect;

	MapOutline(Consumer<String> onSelect) {
		this.onSelect = onSelect;
		setId("map-outline");
		addClassName("flow-map-outline");
		heading.setId("map-outline-heading");
		steps.setId("map-outline-steps");
		getElement().setAttribute("aria-labelledby", "map-outline-heading");
		add(heading, steps);
	}

	void show(FlowGraph graph, Traffic traffic, Predicate<String> stale, Staleness staleness) {
		heading.setText(getTranslation("ui.flow-map.outline"));
		steps.removeAll();
		for (FlowGraph.Node node : graph.nodes()) {
			if (!node.isStep()) {
				continue;
			}
			ListItem item = new ListItem();
			item.setId("outline-" + node.id());
			Span kind = new Span(getTranslation(MapWords.kindKey(node.kind())) + ": ");
			kind.addClassName("flow-map-outline-kind");
			Button open = new Button(Markup.plain(getTranslation(node.titleKey())), e -> onSelect.accept(node.id()));
			open.setId("outline-open-" + node.id());
			open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
			item.add(kind, open);
			if (stale.test(node.id())) {
				Span flag = new Span(" ⚠ " + getTranslation("ui.flow-map.node.stale"));
				flag.addClassName("flow-map-stale-flag");
				item.add(flag);
			}
			Span ended = new Span(" – " + getTranslation(MapWords.endedKey(node.kind()),
					Map.of("count", traffic.stoppedAt(node.stepId()))));
			item.add(ended);
			UnorderedList answers = new UnorderedList();
			graph.edgesFrom(node.id()).forEach(edge -> answers.add(answer(graph, edge, traffic)));
			if (answers.getChildren().findAny().isPresent()) {
				item.add(answers);
			}
			steps.add(item);
		}
	}

	private ListItem answer(FlowGraph graph, FlowGraph.Edge edge, Traffic traffic) {
		FlowGraph.Node target = graph.node(edge.to()).orElseThrow();
		ListItem item = new ListItem();
		item.addClassName("flow-map-outline-answer");
		item.add(new Span(getTranslation("ui.flow-map.outline.answer",
				Map.of("answer", Markup.plain(getTranslation(edge.labelKey())), "target",
						Markup.plain(getTranslation(target.titleKey()))))));
		if (!edge.conditions().isEmpty()) {
			String names = String.join(", ",
					edge.conditions().stream().map(c -> getTranslation(MapWords.conditionKey(c))).toList());
			item.add(new Span(" (" + getTranslation("ui.flow-map.edge.condition", Map.of("conditions", names)) + ")"));
		}
		item.add(new Span(" – " + getTranslation("ui.flow-map.edge.runs",
				Map.of("count", traffic.taken(edge.from(), edge.answerId())))));
		if (!target.isStep()) {
			RouterLink link = new RouterLink(
					getTranslation("ui.flow-map.outline.open-flow", Map.of("flow", getTranslation(target.titleKey()))),
					FlowMapView.class, new RouteParameters(FlowMapView.FLOW_ID, target.flowId()));
			link.setId("outline-flow-" + edge.from() + "-" + edge.answerId());
			item.add(new Span(" "), link);
		}
		return item;
	}

}
