package app.stepwise.wizard.ui;

import app.stepwise.flow.FlowRun;
import app.stepwise.wizard.RunAddress;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * Addresses of steps: {@code flow/<flow>/<step>?path=...&cloud=...}. The one place that
 * turns a run into a link to its step.
 */
@NamedInterface("ui")
public final class StepLinks {

	static final String FLOW_ID = "flowId";

	static final String STEP_ID = "stepId";

	private StepLinks() {
	}

	static RouteParameters route(FlowRun run) {
		return new RouteParameters(Map.of(FLOW_ID, run.flow().id(), STEP_ID, run.current().id()));
	}

	static QueryParameters query(FlowRun run) {
		return QueryParameters.simple(RunAddress.of(run).query());
	}

	static String location(FlowRun run) {
		return "flow/" + run.flow().id() + "/" + run.current().id();
	}

	/**
	 * The address of the run's current step, relative to the application root, for links
	 * and sharing.
	 */
	public static String href(FlowRun run) {
		String query = query(run).getQueryString();
		return location(run) + (query.isEmpty() ? "" : "?" + query);
	}

	static void navigate(UI ui, FlowRun run) {
		ui.navigate(StepView.class, route(run), query(run));
	}

	/**
	 * Whether the step screen is what the UI shows, so that a step can be shown in it
	 * without navigating.
	 */
	static boolean shows(UI ui, StepView view) {
		List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
		return !chain.isEmpty() && chain.getFirst() == view;
	}

	/**
	 * Gives the step screen shown the address of the run's current step, as the router
	 * does when it navigates: pushed to the browser's history (back and forward then
	 * reach it through the router, like any address) and kept as the UI's location.
	 * Nothing is pushed when the address is the one shown already.
	 */
	static void pushAddress(UI ui, StepView view, FlowRun run) {
		Location location = new Location(location(run), query(run));
		UIInternals internals = ui.getInternals();
		if (location.getPathWithQueryParameters()
			.equals(internals.getActiveViewLocation().getPathWithQueryParameters())) {
			return;
		}
		ui.getPage().getHistory().pushState(null, location);
		List<HasElement> chain = internals.getActiveRouterTargetsChain();
		List<RouterLayout> layouts = new ArrayList<>(chain.size() - 1);
		chain.stream().skip(1).map(RouterLayout.class::cast).forEach(layouts::add);
		internals.showRouteTarget(location, view, layouts);
		internals.setLocationForRefresh(location);
	}

	static QueryParameters entryQuery(String entryId) {
		return new QueryParameters(Map.of(RunAddress.ENTRY, List.of(entryId)));
	}

}
