package app.stepwise.wizard.ui;

import app.stepwise.base.ui.Screen;
import app.stepwise.flow.ActionStep;
import app.stepwise.flow.Cloud;
import app.stepwise.flow.FlowRun;
import app.stepwise.flow.OutcomeStep;
import app.stepwise.flow.QuestionStep;
import app.stepwise.i18n.Messages;
import app.stepwise.security.Roles;
import app.stepwise.wizard.ActiveRun;
import app.stepwise.wizard.OpenedRun;
import app.stepwise.wizard.Wizard;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import app.stepwise.base.ui.LightSelect;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One step of a run. The address holds the whole run, so a step can be shared, reloaded
 * and reached with the browser's back and forward buttons. This view opens the run from
 * its address through the {@link Wizard}, shows the step's card (one kind of card per
 * kind of step) between the path so far and the buttons every step has, and hands clicks
 * to the wizard.
 */
@Route("flow/:flowId/:stepId?")
@RolesAllowed(Roles.ADMIN)
@Screen
class StepView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

	private final Wizard wizard;

	private final Messages messages;

	/**
	 * The optional parts other modules plug in, looked up once per screen, not per step.
	 */
	private final @Nullable EscalationSlot escalation;

	private final TenantParts tenantParts;

	private final @Nullable WaitSlot waits;

	final Stepper stepper = new Stepper();

	final LightSelect<Cloud> cloud = new LightSelect<>();

	final Button back = new Button();

	final Button restart = new Button();

	final Button help = new Button();

	private @Nullable StepCard card;

	private @Nullable ActiveRun active;

	private final SubjectAsked subjectAsked = new SubjectAsked();

	/** The language the texts were last set in; none before the view is first shown. */
	private @Nullable Locale shownIn;

	StepView(Wizard wizard, Messages messages, ObjectProvider<EscalationSlot> escalation, TenantParts tenantParts,
			ObjectProvider<WaitSlot> waits) {
		this.wizard = wizard;
		this.waits = waits.getIfAvailable();
		this.messages = messages;
		this.escalation = escalation.getIfAvailable();
		this.tenantParts = tenantParts;
		addClassName("step-view");
		cloud.setId("cloud");
		cloud.addClassName("cloud-picker");
		cloud.setItems(Cloud.values());
		cloud.addValueChangeListener(e -> {
			if (e.isFromClient() && e.getValue() != null && active != null) {
				go(wizard.inCloud(active, e.getValue()));
			}
		});
		back.setId("back");
		back.addClassName("icon-back");
		back.addClickListener(e -> {
			if (active != null) {
				StepLinks.navigate(UI.getCurrent(), active.run().back());
			}
		});
		restart.setId("restart");
		restart.addClassName("icon-restart");
		restart.addThemeVariants(ButtonVariant.TERTIARY);
		restart.addClickListener(e -> {
			if (active != null) {
				go(wizard.restart(active));
			}
		});
		help.setId("need-help");
		help.addClassName("icon-help");
		help.addThemeVariants(ButtonVariant.TERTIARY);
		help.addClickListener(e -> {
			if (this.escalation != null && active != null) {
				this.escalation.requestHelp(active);
			}
		});
		help.setVisible(false);
		Div context = new Div(cloud);
		context.addClassName("step-context");
		Div actions = new Div(back, restart, help);
		actions.addClassName("step-actions");
		add(stepper, context, actions);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String flowId = event.getRouteParameters().get(StepLinks.FLOW_ID).orElse("");
		String stepId = event.getRouteParameters().get(StepLinks.STEP_ID).orElse("");
		Optional<OpenedRun> opened = wizard.open(flowId, stepId,
				event.getLocation().getQueryParameters().getParameters());
		if (opened.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		show(opened.get().active());
		if (opened.get().forwardTo().isPresent()) {
			InPlaceStep.correctAddress(event, this, opened.get().active().run());
		}
		InPlaceStep.moveFocusToTheStep(event.getUI());
	}

	/**
	 * Shows the run, unless it is shown already (the same address again): then nothing
	 * changes, and nothing typed on the card is lost.
	 */
	private void show(ActiveRun next) {
		ActiveRun shown = active;
		active = next;
		if (shown != null && card != null && shown.id().equals(next.id())
				&& shown.run().path().equals(next.run().path()) && shown.run().cloud() == next.run().cloud()) {
			return;
		}
		FlowRun run = next.run();
		stepper.show(run);
		cloud.setValue(run.cloud());
		boolean canGoBack = !run.entries().isEmpty();
		if (back.isEnabled() != canGoBack) {
			// Each call sends the browser a script, also when nothing changes.
			back.setEnabled(canGoBack);
		}
		help.setVisible(escalation != null && !run.isFinished());
		StepCard replaced = card;
		card = cardFor(next);
		addTenantPart(card, next);
		if (replaced != null) {
			replace(replaced, card);
		}
		else {
			addComponentAtIndex(2, card);
		}
	}

	private StepCard cardFor(ActiveRun next) {
		FlowRun run = next.run();
		return switch (run.current()) {
			case QuestionStep q -> new QuestionCard(run, q, this::answer);
			case ActionStep a -> new ActionCard(next, a, this::answer, waits);
			case OutcomeStep o -> new OutcomeCard(next, o, messages, escalation, waits);
		};
	}

	/**
	 * What the step shows about the tenant (which user, the checks) goes right after the
	 * step's text, before its answers or what is left to do.
	 */
	private void addTenantPart(StepCard shown, ActiveRun next) {
		tenantParts.partFor(next, new StepRunHolder(next, () -> active, changed -> active = changed, subjectAsked))
			.ifPresent(part -> shown.addComponentAtIndex(StepCard.TEXT_PARTS, part));
	}

	private void answer(String answerId) {
		if (active != null) {
			wizard.answer(active, answerId).ifPresent(this::go);
		}
	}

	/**
	 * Moves to the run's new state at its own address. The run is already open here, so
	 * its next step is shown in place and its address pushed, with the title and focus
	 * the router would give it; the router's own round (leaving and entering this screen,
	 * checking access to it again, opening the run again from the address) would cost
	 * more server time than the step itself on every answer. Back, forward and reload
	 * still open the address through the router.
	 */
	private void go(ActiveRun next) {
		UI ui = UI.getCurrent();
		if (!InPlaceStep.possibleIn(ui, this)) {
			StepLinks.navigate(ui, next.run());
			return;
		}
		show(next);
		InPlaceStep.shown(ui, this, next.run(), getPageTitle());
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		cloud.setLabel(getTranslation("ui.wizard.cloud.label"));
		cloud.setItemLabelGenerator(c -> getTranslation("ui.wizard.cloud." + c.id()));
		back.setText(getTranslation("ui.wizard.back"));
		restart.setText(getTranslation("ui.wizard.restart"));
		help.setText(getTranslation("ui.wizard.help"));
		// On attach the router sets the title after this; only a change of language while
		// the view is shown needs it here (each call sends the browser a script).
		if (active != null && shownIn != null && !shownIn.equals(event.getLocale())) {
			UI.getCurrent().getPage().setTitle(getPageTitle());
		}
		shownIn = event.getLocale();
	}

	@Override
	public String getPageTitle() {
		if (active == null) {
			return getTranslation("ui.app.name");
		}
		FlowRun run = active.run();
		return getTranslation("ui.wizard.page-title", Map.of("step", getTranslation(run.current().titleKey()), "flow",
				getTranslation(run.currentFlow().titleKey())));
	}

}
