package app.stepwise.runs.ui;

import app.stepwise.base.ui.Screen;
import app.stepwise.flow.EntryPoint;
import app.stepwise.flow.FlowMessageKeys;
import app.stepwise.flow.FlowRun;
import app.stepwise.i18n.Messages;
import app.stepwise.runs.MyRuns;
import app.stepwise.runs.Resumption;
import app.stepwise.security.Roles;
import app.stepwise.wizard.RunAddress;
import app.stepwise.wizard.Wizard;
import app.stepwise.wizard.ui.StepLinks;
import app.stepwise.wizard.ui.TranscriptList;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opens one of the person's saved runs: {@code my-runs/<run id>}, optionally at an
 * earlier step of it ({@code ?at=<answers kept>}). A run whose flow is unchanged goes
 * straight on at its step. If the flow changed since the run started, this says so first:
 * a run whose answers still lead the same way continues; one whose answers no longer fit
 * shows what was done, for reference, and offers to start again. An id that is not one of
 * the person's runs is not found (and audited by the service).
 */
@Route("my-runs/:" + ResumeRunView.RUN_ID)
@RolesAllowed(Roles.ADMIN)
@Screen
class ResumeRunView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	static final String RUN_ID = "runId";

	private final MyRuns runs;

	private final Wizard wizard;

	private final Messages messages;

	final H1 title = new H1();

	final Paragraph notice = new Paragraph();

	final Button go = new Button();

	ResumeRunView(MyRuns runs, Wizard wizard, Messages messages) {
		this.runs = runs;
		this.wizard = wizard;
		this.messages = messages;
		addClassName("resume-run-view");
		title.setId("resume-title");
		notice.setId("resume-notice");
		go.setId("resume-go");
		go.addThemeVariants(ButtonVariant.PRIMARY);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<Resumption> found = runs.resume(event.getRouteParameters().get(RUN_ID).orElse(""));
		if (found.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		Resumption resumption = found.get();
		String href = StepLinks.href(at(event, resumption.active().run()));
		if (resumption.continues() && !resumption.flowChanged()) {
			forward(event, href);
			return;
		}
		removeAll();
		Map<String, Object> versions = Map.of("started", resumption.saved().flowVersion(), "now",
				resumption.currentVersion());
		title.setText(getTranslation(FlowMessageKeys.flowTitle(resumption.saved().flowId())));
		add(title, notice);
		if (resumption.continues()) {
			notice.setText(getTranslation("ui.runs.resume.changed-continues", versions));
			go.setText(getTranslation("ui.runs.resume.continue"));
			go.addClickListener(e -> navigate(href));
			add(go);
			return;
		}
		notice.setText(getTranslation("ui.runs.resume.changed-start-again", versions));
		TranscriptList done = new TranscriptList(messages);
		done.show(resumption.active().run());
		go.setText(getTranslation("ui.runs.resume.start-again"));
		String runId = resumption.saved().id().toString();
		go.addClickListener(e -> runs.startAgain(runId).ifPresent(this::startAgain));
		add(done, go);
	}

	/**
	 * The run, or the same run at an earlier step if the address asks for one
	 * ({@link MyRuns#AT}): a reminder's link opens the step whose wait it is about.
	 */
	private static FlowRun at(BeforeEnterEvent event, FlowRun run) {
		Optional<String> asked = event.getLocation().getQueryParameters().getSingleParameter(MyRuns.AT);
		if (asked.isEmpty() || !asked.get().matches("\\d{1,4}")) {
			return run;
		}
		int answers = Integer.parseInt(asked.get());
		return answers < run.entries().size() ? run.backTo(answers) : run;
	}

	private static void forward(BeforeEnterEvent event, String href) {
		int query = href.indexOf('?');
		// Always with the step's own parameters: without them the router would keep this
		// address's (at=, lang=).
		event.forwardTo(query < 0 ? href : href.substring(0, query),
				query < 0 ? QueryParameters.empty() : QueryParameters.fromString(href.substring(query + 1)));
	}

	private static void navigate(String href) {
		int query = href.indexOf('?');
		if (query < 0) {
			UI.getCurrent().navigate(href);
		}
		else {
			UI.getCurrent().navigate(href.substring(0, query), QueryParameters.fromString(href.substring(query + 1)));
		}
	}

	/**
	 * A new run of the flow, from its plainest entry point (the fewest answers preset).
	 */
	private void startAgain(String flowId) {
		List<EntryPoint> entries = wizard.entryPoints().stream().filter(e -> e.flowId().equals(flowId)).toList();
		String entry = entries.stream()
			.min(Comparator.comparingInt(e -> e.presetAnswers().size()))
			.map(EntryPoint::id)
			.orElse("start");
		UI.getCurrent().navigate("flow/" + flowId, new QueryParameters(Map.of(RunAddress.ENTRY, List.of(entry))));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("ui.runs.resume.page-title");
	}

}
