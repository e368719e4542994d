package app.stepwise.insight.ui;

import app.stepwise.base.ui.Screen;
import app.stepwise.flow.FlowMessageKeys;
import app.stepwise.flow.FlowDefinition;
import app.stepwise.flow.Step;
import app.stepwise.i18n.Messages;
import app.stepwise.insight.FlowMaps;
import app.stepwise.insight.Traffic;
import app.stepwise.insight.TrafficPeriod;
import app.stepwise.security.Roles;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The flow map for support staff, and for flow authors in development (where the demo
 * user {@code support} signs in): every flow as a diagram of its steps and answers with
 * the traffic of a period, the same map as a list, a step's texts in any language, the
 * steps due to be checked again, and the drawing as an SVG file.
 */
@Route("flow-map/:" + FlowMapView.FLOW_ID + "?")
@RolesAllowed(Roles.SUPPORT)
@Menu(title = "ui.menu.flow-map", order = 3)
@Screen
class FlowMapView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

	static final String FLOW_ID = "flowId";

	static final String STEP = "step";

	/** Sent with a click on the drawing: the node clicked, or nothing. */
	static final String CLICKED_NODE = "event.target.closest('[data-node]')?.getAttribute('data-node') ?? ''";

	private final FlowMaps maps;

	final H1 title = new H1();

	final Paragraph intro = new Paragraph();

	final Select<String> flow = new Select<>();

	final Select<TrafficPeriod> period = new Select<>();

	final Checkbox fit = new Checkbox();

	final Anchor download;

	final Paragraph summary = new Paragraph();

	final MapLegend legend = new MapLegend();

	final Div frame = new Div();

	final Svg drawing = new Svg();

	final StepPanel panel;

	final MapOutline outline;

	final StaleList staleList = new StaleList();

	/** Read by the download, which may run outside the UI's lock. */
	private volatile String flowId = "";

	private volatile Traffic traffic = Traffic.none("");

	private @Nullable String selected;

	FlowMapView(FlowMaps maps, Messages messages) {
		this.maps = maps;
		addClassName("flow-map-view");
		title.setId("flow-map-heading");
		flow.setId("map-flow");
		flow.setItems(maps.flows().stream().map(FlowDefinition::id).toList());
		flow.addValueChangeListener(e -> {
			if (e.isFromClient() && e.getValue() != null) {
				UI.getCurrent().navigate(FlowMapView.class, new RouteParameters(FLOW_ID, e.getValue()));
			}
		});
		period.setId("map-period");
		period.setItems(TrafficPeriod.values());
		period.setValue(TrafficPeriod.LAST_30_DAYS);
		period.addValueChangeListener(e -> show());
		fit.setId("map-fit");
		fit.addValueChangeListener(e -> frame.setClassName("flow-map-fit", e.getValue()));
		download = new Anchor(svgDownload(), AttachmentType.DOWNLOAD, "");
		download.setId("map-download");
		download.addClassName("export-link");
		Div toolbar = new Div(flow, period, fit, download);
		toolbar.addClassName("flow-map-toolbar");
		summary.setId("map-summary");
		summary.getElement().setAttribute("aria-live", "polite");

		drawing.setId("map-drawing");
		drawing.getElement().addEventListener("click", e -> {
			String node = e.getEventData().path(CLICKED_NODE).asString("");
			clicked(node);
		}).addEventData(CLICKED_NODE);
		frame.setId("map-frame");
		frame.addClassName("flow-map-frame");
		frame.getElement().setAttribute("role", "region");
		// The drawing may be wider than the screen: the frame scrolls, also by keyboard.
		frame.getElement().setAttribute("tabindex", "0");
		frame.add(drawing);
		panel = new StepPanel(messages, maps.staleness(), this::unselect);
		Div body = new Div(frame, panel);
		body.addClassName("flow-map-body");
		outline = new MapOutline(this::select);
		add(title, intro, toolbar, summary, legend, body, outline, staleList);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String requested = event.getRouteParameters().get(FLOW_ID).orElse("");
		Optional<FlowDefinition> found = requested.isEmpty() ? maps.flows().stream().findFirst() : maps.flow(requested);
		if (found.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		flowId = found.get().id();
		flow.setValue(flowId);
		String step = event.getLocation().getQueryParameters().getSingleParameter(STEP).orElse(null);
		selected = step != null && found.get().step(step).isPresent() ? step : null;
		if (isAttached()) {
			show();
		}
	}

	/** Draws the chosen flow with the chosen period's traffic, and its list. */
	private void show() {
		if (flowId.isEmpty()) {
			return;
		}
		TrafficPeriod chosen = period.getValue() == null ? TrafficPeriod.LAST_30_DAYS : period.getValue();
		traffic = maps.traffic(flowId, chosen);
		drawing.setSvg(maps.svg(flowId, getLocale(), traffic));
		frame.getElement().setAttribute("aria-label", getTranslation("ui.flow-map.drawing"));
		summary.setText(getTranslation("ui.flow-map.summary", Map.of("runs", traffic.runs())));
		outline.show(maps.graph(flowId), traffic, this::isStale, maps.staleness());
		staleList.show(maps.staleSteps(), maps.staleness());
		showSelection();
	}

	private boolean isStale(String stepId) {
		return maps.flow(flowId).flatMap(f -> f.step(stepId)).map(maps.staleness()::isStale).orElse(false);
	}

	/** A click on the drawing: a step shows its texts, another flow opens its map. */
	void clicked(String nodeId) {
		if (nodeId.startsWith("flow:")) {
			String other = nodeId.substring("flow:".length());
			if (maps.flow(other).isPresent()) {
				UI.getCurrent().navigate(FlowMapView.class, new RouteParameters(FLOW_ID, other));
			}
		}
		else if (!nodeId.isEmpty()) {
			select(nodeId);
		}
	}

	/** Shows a step's texts beside the map and marks the step on it. */
	void select(String stepId) {
		if (maps.flow(flowId).flatMap(f -> f.step(stepId)).isEmpty()) {
			return;
		}
		selected = stepId;
		showSelection();
		UI.getCurrent()
			.getPage()
			.getHistory()
			.replaceState(null, new Location("flow-map/" + flowId, QueryParameters.of(STEP, stepId)));
		panel.title.getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
	}

	private void unselect() {
		selected = null;
		showSelection();
		UI.getCurrent().getPage().getHistory().replaceState(null, "flow-map/" + flowId);
	}

	private void showSelection() {
		String stepId = selected;
		Optional<Step> step = stepId == null ? Optional.empty() : maps.flow(flowId).flatMap(f -> f.step(stepId));
		if (step.isPresent()) {
			panel.show(step.get(), maps.graph(flowId), traffic);
		}
		else {
			panel.hide();
		}
		drawing.getElement()
			.executeJs(
					"this.querySelectorAll('[data-node]').forEach(n => { n.classList.toggle('selected', n.dataset.node === $0); if (n.dataset.node === $0) n.scrollIntoView({block: 'nearest', inline: 'center'}); })",
					stepId == null ? "" : stepId);
	}

	/** The drawing as an SVG file, in the reader's language, with the traffic shown. */
	DownloadHandler svgDownload() {
		return MapDownload.of(maps, () -> flowId, () -> traffic);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		title.setText(getTranslation("ui.flow-map.title"));
		intro.setText(getTranslation("ui.flow-map.intro"));
		flow.setLabel(getTranslation("ui.flow-map.flow"));
		flow.setItemLabelGenerator(id -> id == null ? "" : getTranslation(FlowMessageKeys.flowTitle(id)));
		period.setLabel(getTranslation("ui.flow-map.period"));
		period.setItemLabelGenerator(
				p -> p == null ? "" : getTranslation("ui.flow-map.period.days", Map.of("days", p.days())));
		fit.setLabel(getTranslation("ui.flow-map.fit"));
		download.removeAll();
		download.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("ui.flow-map.download")));
		legend.localeChange();
		panel.localeChange();
		show();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("ui.flow-map.page-title");
	}

}
