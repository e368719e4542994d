package app.stepwise.e2e;

import app.stepwise.flow.Cloud;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.flow.FlowDefinition;
import app.stepwise.flow.FlowPaths;
import app.stepwise.flow.FlowRun;
import app.stepwise.flow.OutcomeStep;
import app.stepwise.flow.Step;
import app.stepwise.wizard.RunAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

	/**
	 * The start page, the first step of each kind (a question, an action, each kind of
	 * outcome) in the order {@link #all} lists them, and errors: every layout a person
	 * meets, without every text.
	 */
	static Map<String, String> oneOfEachKind(FlowCatalog catalog) {
		Map<String, String> screens = new LinkedHashMap<>();
		screens.put("start", "");
		Set<String> kinds = new HashSet<>();
		for (FlowDefinition flow : catalog.flows()) {
			for (FlowPaths.Path path : FlowPaths.enumerate(catalog, flow.id(), Cloud.WORLDWIDE, 50)) {
				FlowRun run = FlowRun.start(catalog, flow.id(), Cloud.WORLDWIDE);
				for (String answer : path.answers()) {
					if (kinds.add(kind(run.current()))) {
						screens.put(name(run), address(run));
					}
					run = run.answer(answer, null);
				}
				if (kinds.add(kind(run.current()))) {
					screens.put(name(run), address(run));
				}
			}
		}
		screens.put("not-found", "flow/no-such-flow");
		return screens;
	}

	private static String kind(Step step) {
		return step instanceof OutcomeStep outcome ? "outcome-" + outcome.kind() : step.getClass().getSimpleName();
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
