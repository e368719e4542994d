package app.stepwise.insight.ui;

import app.stepwise.insight.FlowMaps;
import app.stepwise.insight.Staleness;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;

/**
 * The procedures to re-check against Microsoft's documentation: every step of every flow
 * whose last check is older than the configured age, oldest first, each linking to the
 * step on its flow's map.
 */
class StaleList extends Section {

	final H2 heading = new H2();

	final Paragraph limit = new Paragraph();

	final UnorderedList steps = new UnorderedList();

	StaleList() {
		setId("stale-steps");
		addClassName("flow-map-stale");
		heading.setId("stale-steps-heading");
		limit.setId("stale-limit");
		steps.setId("stale-steps-list");
		getElement().setAttribute("aria-labelledby", "stale-steps-heading");
		add(heading, limit, steps);
	}

	void show(List<FlowMaps.StaleStep> stale, Staleness staleness) {
		heading.setText(getTranslation("ui.flow-map.stale.title"));
		limit.setText(getTranslation("ui.flow-map.stale.limit",
				Map.of("age", AgeTexts.period(getLocale(), staleness.staleAfter()))));
		steps.removeAll();
		if (stale.isEmpty()) {
			steps.add(new ListItem(getTranslation("ui.flow-map.stale.none")));
			return;
		}
		for (FlowMaps.StaleStep entry : stale) {
			String flowId = entry.flow().id();
			String stepId = entry.step().id();
			RouterLink link = new RouterLink(
					getTranslation(entry.flow().titleKey()) + ": " + getTranslation(entry.step().titleKey()),
					FlowMapView.class, new RouteParameters(FlowMapView.FLOW_ID, flowId));
			link.setQueryParameters(QueryParameters.of(FlowMapView.STEP, stepId));
			link.setId("stale-" + flowId + "-" + stepId);
			Span when = new Span(" – " + getTranslation("ui.flow-map.stale.checked",
					Map.of("date", AgeTexts.date(getLocale(), entry.step().sourceDate()), "age",
							AgeTexts.ago(getLocale(), entry.step().sourceDate(), staleness))));
			steps.add(new ListItem(link, when));
		}
	}

}
