package app.stepwise.e2e;

import app.stepwise.flow.Cloud;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.flow.FlowDefinition;
import app.stepwise.flow.FlowPaths;
import app.stepwise.flow.FlowRun;
import app.stepwise.wizard.RunAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every distinct screen of the application, by name and address, for tours of the whole
 * UI.
 */
final class Screens {

	private Screens() {
	}

	/**
	 * The start page, one address per step of every flow (the first path that reaches
	 * it), and errors.
	 */
	static Map<String, String> all(FlowCatalog catalog) {
		Map<String, String> screens = new LinkedHashMap<>();
		screens.put("start", "");
		for (FlowDefinition flow : catalog.flows()) {
			for (FlowPaths.Path path : FlowPaths.enumerate(catalog, flow.id(), Cloud.WORLDWIDE, 50)) {
				FlowRun run = FlowRun.start(catalog, flow.id(), Cloud.WORLDWIDE);
				screens.putIfAbsent(name(run), address(run));
				for (String answer : path.answers()) {
					run = run.answer(answer, null);
					screens.putIfAbsent(name(run), address(run));
				}
			}
		}
		screens.put("not-found", "flow/no-such-flow");
		return screens;
	}

	private static String name(FlowRun run) {
		return run.current().flowId() + "--" + run.current().id();
	}

	static String address(FlowRun run) {
		List<String> query = new ArrayList<>();
		RunAddress.of(run).query().forEach((k, v) -> query.add(k + "=" + v));
		return "flow/" + run.flow().id() + "/" + run.current().id()
				+ (query.isEmpty() ? "" : "?" + String.join("&", query));
	}

}
