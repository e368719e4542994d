package app.stepwise.wizard.ui;

import app.stepwise.flow.EntryPoint;
import app.stepwise.flow.FlowRun;
import app.stepwise.wizard.RunAddress;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
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

	/** The address that starts a flow at one of its entry points. */
	static String entryHref(EntryPoint entry) {
		return "flow/" + entry.flowId() + "?"
				+ new QueryParameters(Map.of(RunAddress.ENTRY, List.of(entry.id()))).getQueryString();
	}

}
