package app.stepwise.wizard.ui;

import app.stepwise.flow.FlowRun;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouterLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * What the router does around a step screen, for a step the screen shows in place: the
 * step's address pushed to the browser's history and kept as the UI's location, the
 * page's title, and the focus on the step. Back, forward and reload then open that
 * address through the router like any other.
 */
final class InPlaceStep {

	private InPlaceStep() {
	}

	/**
	 * Whether the step screen is what the UI shows, so that a step can be shown in it.
	 */
	static boolean possibleIn(UI ui, StepView view) {
		List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
		return !chain.isEmpty() && chain.getFirst() == view;
	}

	/**
	 * The step screen shows the run's current step now: gives it the step's address
	 * (nothing is pushed when it is the address shown already), the title and the focus.
	 */
	static void shown(UI ui, StepView view, FlowRun run, String title) {
		pushAddress(ui, view, run);
		ui.getPage().setTitle(title);
		moveFocusToTheStep(ui);
	}

	/**
	 * After moving to a step, keyboard and screen-reader users continue at its title, not
	 * at the top of the page or on a control that no longer exists.
	 */
	static void moveFocusToTheStep(UI ui) {
		ui.beforeClientResponse(ui, context -> ui.getPage()
			.executeJs("const t = document.getElementById('step-title'); if (t) { t.tabIndex = -1; t.focus(); }"));
	}

	private static void pushAddress(UI ui, StepView view, FlowRun run) {
		Location location = new Location(StepLinks.location(run), StepLinks.query(run));
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

}
