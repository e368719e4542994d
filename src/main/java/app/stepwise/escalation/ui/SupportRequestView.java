package app.stepwise.escalation.ui;

import app.stepwise.base.ui.Markup;
import app.stepwise.base.ui.Screen;
import app.stepwise.escalation.RequestSummaries;
import app.stepwise.escalation.SupportRequests;
import app.stepwise.flow.FlowRun;
import app.stepwise.i18n.Messages;
import app.stepwise.security.CurrentUser;
import app.stepwise.security.Roles;
import app.stepwise.wizard.ActiveRun;
import app.stepwise.wizard.OpenedRun;
import app.stepwise.wizard.RunAddress;
import app.stepwise.wizard.Wizard;
import app.stepwise.wizard.ui.StepLinks;
import app.stepwise.wizard.ui.TranscriptList;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The support request for a run at an address of its own:
 * {@code support-request/<flow>?path=...&cloud=...}, the same run description as a step's
 * address. A reload recreates the run (with its answer times, while the session remembers
 * them) and, once filed, shows the request instead of a new form.
 */
@Route(SupportRequestView.LOCATION + ":" + SupportRequestView.FLOW_ID)
@RolesAllowed(Roles.ADMIN)
@Screen
class SupportRequestView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

	static final String LOCATION = "support-request/";

	static final String FLOW_ID = "flowId";

	private final Wizard wizard;

	private final OperatorMemory operatorMemory;

	private final SupportRequests requests;

	private final RequestSummaries summaries;

	private final CurrentUser currentUser;

	final H1 title = new H1();

	final Paragraph intro = new Paragraph();

	final Anchor back = new Anchor();

	final TranscriptList transcript;

	@Nullable SupportRequestPanel panel;

	private @Nullable ActiveRun active;

	SupportRequestView(Wizard wizard, OperatorMemory operatorMemory, SupportRequests requests,
			RequestSummaries summaries, Messages messages, CurrentUser currentUser) {
		this.wizard = wizard;
		this.operatorMemory = operatorMemory;
		this.requests = requests;
		this.summaries = summaries;
		this.currentUser = currentUser;
		this.transcript = new TranscriptList(messages);
		addClassName("support-request-view");
		title.setId("support-request-title");
		intro.setId("support-request-intro");
		back.setId("back-to-step");
		back.getElement().setAttribute("router-link", true);
	}

	/** Opens the support request for the run as it stands. */
	static void open(UI ui, ActiveRun run) {
		RunAddress address = RunAddress.of(run.run());
		ui.navigate(SupportRequestView.class, new RouteParameters(FLOW_ID, address.flowId()),
				QueryParameters.simple(address.query()));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String flowId = event.getRouteParameters().get(FLOW_ID).orElse("");
		Optional<OpenedRun> opened = wizard.open(flowId, null,
				event.getLocation().getQueryParameters().getParameters());
		if (opened.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		ActiveRun run = opened.get().active();
		Optional<RunAddress> forward = opened.get().forwardTo();
		if (forward.isPresent()) {
			event.forwardTo(LOCATION + forward.get().flowId(), QueryParameters.simple(forward.get().query()));
			return;
		}
		boolean same = active != null && active.id().equals(run.id()) && active.run().path().equals(run.run().path());
		active = run;
		if (!same || panel == null) {
			removeAll();
			panel = new SupportRequestPanel(run, requests, summaries, wizard, operatorMemory,
					currentUser.requireName());
			transcript.show(run.run());
			add(title, intro, back, transcript, panel);
		}
		render();
	}

	private void render() {
		ActiveRun current = active;
		if (current == null) {
			return;
		}
		FlowRun run = current.run();
		title.setText(getTranslation("ui.escalation.view.title"));
		Markup.fill(intro,
				getTranslation("ui.escalation.view.intro", Map.of("step", getTranslation(run.current().titleKey()))));
		back.setHref(StepLinks.href(run));
		back.setText(getTranslation("ui.escalation.view.back"));
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		render();
		if (active != null) {
			UI.getCurrent().getPage().setTitle(getPageTitle());
		}
	}

	@Override
	public String getPageTitle() {
		return active == null ? getTranslation("ui.app.name") : getTranslation("ui.escalation.view.page-title",
				Map.of("flow", getTranslation(active.run().flow().titleKey())));
	}

}
