package app.stepwise.insight.ui;

import app.stepwise.insight.map.FlowGraph;
import app.stepwise.insight.map.MapWords;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.details.Details;
import java.util.Locale;

/**
 * How to read the map: a sample of each kind of step with its name, and what thickness,
 * bars and the dashed frame mean.
 */
class MapLegend extends Details {

	private final UnorderedList items = new UnorderedList();

	MapLegend() {
		setId("map-legend");
		addClassName("flow-map-legend");
		add(items);
	}

	void localeChange() {
		setSummaryText(getTranslation("ui.flow-map.legend"));
		items.removeAll();
		for (FlowGraph.Kind kind : FlowGraph.Kind.values()) {
			Span swatch = new Span();
			swatch.addClassNames("flow-map-swatch",
					"flow-map-swatch-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
			items.add(new ListItem(swatch, new Span(getTranslation(MapWords.kindKey(kind)))));
		}
		items.add(new ListItem(new Span(getTranslation("ui.flow-map.legend.edges"))));
		items.add(new ListItem(new Span(getTranslation("ui.flow-map.legend.bar"))));
		Span ring = new Span();
		ring.addClassNames("flow-map-swatch", "flow-map-swatch-stale");
		items.add(new ListItem(ring, new Span(getTranslation("ui.flow-map.legend.stale"))));
	}

}
