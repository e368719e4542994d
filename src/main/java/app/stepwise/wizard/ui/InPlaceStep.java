package app.stepwise.wizard.ui;

import app.stepwise.flow.FlowRun;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.shared.Registration;
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
	 * The step screen was entered at an address that is not the run's own (a flow's entry
	 * point, a step left out, a part of the path dropped) and shows the run: the address
	 * bar and the UI's location become the run's own, as the router's forward would make
	 * them, without the second round of the router a forward costs (this screen created
	 * and entered again, the run read again from the store). Called while the router
	 * enters the screen, after it has pushed the address asked for.
	 */
	static void correctAddress(BeforeEnterEvent event, StepView view, FlowRun run) {
		UI ui = event.getUI();
		String asked = event.getLocation().getPathWithQueryParameters();
		Location own = new Location(StepLinks.location(run), StepLinks.query(run));
		ui.getPage().getHistory().replaceState(null, own);
		// The router records the address it was asked for when it shows the screen; the
		// run's own address replaces it right after, once.
		Registration[] once = new Registration[1];
		once[0] = ui.addAfterNavigationListener(after -> {
			once[0].remove();
			if (after.getLocation().getPathWithQueryParameters().equals(asked)) {
				keepAsLocation(ui, view, own);
			}
		});
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
		keepAsLocation(ui, view, location);
	}

	private static void keepAsLocation(UI ui, StepView view, Location location) {
		UIInternals internals = ui.getInternals();
		List<HasElement> chain = internals.getActiveRouterTargetsChain();
		if (chain.isEmpty() || chain.getFirst() != view) {
			return;
		}
		List<RouterLayout> layouts = new ArrayList<>(chain.size() - 1);
		chain.stream().skip(1).map(RouterLayout.class::cast).forEach(layouts::add);
		internals.showRouteTarget(location, view, layouts);
		internals.setLocationForRefresh(location);
	}

}
