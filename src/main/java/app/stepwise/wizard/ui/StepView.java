package app.stepwise.wizard.ui;

import app.stepwise.base.ui.Markup;
import app.stepwise.flow.ActionStep;
import app.stepwise.flow.Answer;
import app.stepwise.flow.Cloud;
import app.stepwise.flow.FlowRun;
import app.stepwise.flow.Instruction;
import app.stepwise.flow.OutcomeKind;
import app.stepwise.flow.OutcomeStep;
import app.stepwise.flow.QuestionStep;
import app.stepwise.flow.Step;
import app.stepwise.i18n.Messages;
import app.stepwise.security.Roles;
import app.stepwise.wizard.ActiveRun;
import app.stepwise.wizard.RunAddress;
import app.stepwise.wizard.Wizard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One step of a run. The address holds the whole run, so a step can be shared, reloaded
 * and reached with the browser's back and forward buttons; this view only renders the run
 * and hands answers to the {@link Wizard}.
 */
@Route("flow/:flowId/:stepId?")
@RolesAllowed(Roles.ADMIN)
class StepView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

	private final Wizard wizard;

	private final RunMemory memory;

	private final Messages messages;

	private final ObjectProvider<EscalationSlot> escalation;

	final Stepper stepper = new Stepper();

	final Select<Cloud> cloud = new Select<>();

	final Section card = new Section();

	final Button back = new Button();

	final Button restart = new Button();

	final Button help = new Button();

	private @Nullable ActiveRun active;

	StepView(Wizard wizard, RunMemory memory, Messages messages, ObjectProvider<EscalationSlot> escalation) {
		this.wizard = wizard;
		this.memory = memory;
		this.messages = messages;
		this.escalation = escalation;
		addClassName("step-view");
		card.addClassName("step-card");
		card.setId("step");
		card.getElement().setAttribute("aria-labelledby", "step-title");
		cloud.setId("cloud");
		cloud.addClassName("cloud-picker");
		cloud.setItems(Cloud.values());
		cloud.addValueChangeListener(e -> {
			if (e.isFromClient() && e.getValue() != null && active != null) {
				go(active.withRun(active.run().withCloud(e.getValue())));
			}
		});
		back.setId("back");
		back.setIcon(VaadinIcon.ARROW_LEFT.create());
		back.addClickListener(e -> {
			if (active != null) {
				StepLinks.navigate(UI.getCurrent(), active.run().back());
			}
		});
		restart.setId("restart");
		restart.setIcon(VaadinIcon.REFRESH.create());
		restart.addThemeVariants(ButtonVariant.TERTIARY);
		restart.addClickListener(e -> restart());
		help.setId("need-help");
		help.setIcon(VaadinIcon.QUESTION_CIRCLE_O.create());
		help.addThemeVariants(ButtonVariant.TERTIARY);
		help.addClickListener(e -> escalation.ifAvailable(slot -> {
			if (active != null) {
				slot.requestHelp(active);
			}
		}));
		help.setVisible(escalation.getIfAvailable() != null);
		Div context = new Div(cloud);
		context.addClassName("step-context");
		Div actions = new Div(back, restart, help);
		actions.addClassName("step-actions");
		add(stepper, context, card, actions);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String flowId = event.getRouteParameters().get(StepLinks.FLOW_ID).orElse("");
		Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
		String entry = first(query, RunAddress.ENTRY);
		RunAddress address = RunAddress.parse(flowId, first(query, RunAddress.PATH), first(query, RunAddress.CLOUD));
		if (entry != null) {
			Optional<ActiveRun> started = wizard.start(flowId, RunAddress.isId(entry) ? entry : null, address.cloud());
			if (started.isEmpty()) {
				event.rerouteToError(NotFoundException.class);
				return;
			}
			memory.remember(started.get());
			forward(event, started.get().run());
			return;
		}
		Optional<Wizard.Opened> opened = wizard.open(address, memory.run(flowId).orElse(null));
		if (opened.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		ActiveRun run = opened.get().active();
		String stepId = event.getRouteParameters().get(StepLinks.STEP_ID).orElse("");
		Map<String, String> canonical = RunAddress.of(run.run()).query();
		// The address as given, not as parsed: whatever was dropped (tampered with,
		// malformed) leaves the address bar and any link shared from it.
		if (!opened.get().exact() || !stepId.equals(run.run().current().id())
				|| !Objects.equals(first(query, RunAddress.PATH), canonical.get(RunAddress.PATH))
				|| !Objects.equals(first(query, RunAddress.CLOUD), canonical.get(RunAddress.CLOUD))) {
			forward(event, run.run());
			return;
		}
		boolean known = memory.run(flowId).map(m -> m.id().equals(run.id())).orElse(false);
		if (!known) {
			memory.remember(run);
		}
		active = run;
		render();
		moveFocusToTheStep(event.getUI());
	}

	/**
	 * After moving to a step, keyboard and screen-reader users continue at its title, not
	 * at the top of the page or on a control that no longer exists.
	 */
	private static void moveFocusToTheStep(UI ui) {
		ui.beforeClientResponse(ui, context -> ui.getPage()
			.executeJs("const t = document.getElementById('step-title'); if (t) { t.tabIndex = -1; t.focus(); }"));
	}

	private static @Nullable String first(Map<String, List<String>> query, String name) {
		List<String> values = query.get(name);
		return values == null || values.isEmpty() ? null : values.getFirst();
	}

	private static void forward(BeforeEnterEvent event, FlowRun run) {
		event.forwardTo(StepLinks.location(run), StepLinks.query(run));
	}

	/**
	 * Moves to a new state of the run, which replaces what the session remembers of it.
	 */
	private void go(ActiveRun next) {
		memory.remember(next);
		StepLinks.navigate(UI.getCurrent(), next.run());
	}

	private void answer(String answerId) {
		if (active != null) {
			wizard.answer(active, answerId).ifPresent(this::go);
		}
	}

	private void restart() {
		if (active != null) {
			wizard.start(active.run().flow().id(), null, active.run().cloud()).ifPresent(this::go);
		}
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		if (active != null) {
			render();
			UI.getCurrent().getPage().setTitle(getPageTitle());
		}
	}

	private void render() {
		ActiveRun current = active;
		if (current == null) {
			return;
		}
		FlowRun run = current.run();
		Step step = run.current();
		stepper.show(run);
		cloud.setLabel(getTranslation("ui.wizard.cloud.label"));
		cloud.setItemLabelGenerator(c -> getTranslation("ui.wizard.cloud." + c.id()));
		cloud.setValue(run.cloud());
		back.setText(getTranslation("ui.wizard.back"));
		back.setEnabled(!run.entries().isEmpty());
		restart.setText(getTranslation("ui.wizard.restart"));
		help.setText(getTranslation("ui.wizard.help"));
		help.setVisible(escalation.getIfAvailable() != null && !run.isFinished());
		card.removeAll();
		card.getElement().setAttribute("data-step", step.flowId() + "/" + step.id());
		Paragraph flowName = new Paragraph(getTranslation(run.currentFlow().titleKey()));
		flowName.addClassName("step-flow");
		H1 title = new H1(getTranslation(step.titleKey()));
		title.setId("step-title");
		Paragraph body = new Paragraph(Markup.render(getTranslation(step.bodyKey())));
		body.addClassName("step-body");
		card.add(flowName, title, body);
		switch (step) {
			case QuestionStep q -> card.add(answers(q.answersFor(run.context()), "step-title"));
			case ActionStep a -> renderAction(a, run);
			case OutcomeStep o -> renderOutcome(o, current);
		}
	}

	private void renderAction(ActionStep step, FlowRun run) {
		card.add(instructions(step.instructionsFor(run.context()), run));
		step.expectedWait().ifPresent(wait -> {
			Paragraph note = new Paragraph(
					getTranslation("ui.wizard.wait", Map.of("usual", wait.usualHours(), "max", wait.maxHours())));
			note.setId("wait");
			note.addClassName("wait-note");
			card.add(note);
		});
		H2 check = new H2(getTranslation(checkKey(step)));
		check.setId("check-title");
		card.add(check, answers(step.answersFor(run.context()), "check-title"));
	}

	private static String checkKey(ActionStep step) {
		if (step.asksIfSolved()) {
			return "ui.wizard.check.solved";
		}
		return step.answers().stream().anyMatch(a -> a.id().equals(ActionStep.DONE)) ? "ui.wizard.check.done"
				: "ui.wizard.check.result";
	}

	private void renderOutcome(OutcomeStep step, ActiveRun current) {
		memory.ended(current);
		FlowRun run = current.run();
		card.addClassName(step.kind() == OutcomeKind.RESOLVED ? "outcome-resolved" : "outcome-escalate");
		card.removeClassName(step.kind() == OutcomeKind.RESOLVED ? "outcome-escalate" : "outcome-resolved");
		List<Instruction> instructions = step.instructionsFor(run.context());
		if (!instructions.isEmpty()) {
			card.add(instructions(instructions, run));
		}
		if (step.kind() == OutcomeKind.RESOLVED) {
			Button another = new Button(getTranslation("ui.wizard.outcome.another"),
					e -> UI.getCurrent().navigate(StartView.class));
			another.setId("another-problem");
			another.addThemeVariants(ButtonVariant.PRIMARY);
			card.add(another);
			return;
		}
		TranscriptList transcript = new TranscriptList(messages);
		transcript.show(run);
		card.add(transcript);
		escalation.ifAvailable(slot -> card.add(slot.create(current)));
	}

	private OrderedList instructions(List<Instruction> instructions, FlowRun run) {
		OrderedList list = new OrderedList();
		list.setId("instructions");
		list.addClassName("instructions");
		for (Instruction instruction : instructions) {
			ListItem item = new ListItem(Markup.render(getTranslation(instruction.textKey())));
			item.setId("instruction-" + instruction.id());
			if (instruction.link() != null) {
				instruction.link()
					.uriFor(run.context())
					.ifPresent(uri -> item.add(externalLink(instruction.id(),
							getTranslation(instruction.link().labelKey()), uri.toString())));
			}
			list.add(item);
		}
		return list;
	}

	private Anchor externalLink(String instructionId, String label, String href) {
		Anchor link = new Anchor(href, "");
		link.setTarget(AnchorTarget.BLANK);
		link.getElement().setAttribute("rel", "noopener noreferrer");
		link.setId("link-" + instructionId);
		link.addClassName("external-link");
		Span text = new Span(label);
		Span newTab = new Span(getTranslation("ui.wizard.link.new-tab"));
		newTab.addClassName("visually-hidden");
		Component icon = VaadinIcon.EXTERNAL_LINK.create();
		icon.getElement().setAttribute("aria-hidden", "true");
		link.add(text, newTab, icon);
		return link;
	}

	private Div answers(List<Answer> answers, String labelledBy) {
		Div group = new Div();
		group.addClassName("answers");
		group.setId("answers");
		group.getElement().setAttribute("role", "group");
		group.getElement().setAttribute("aria-labelledby", labelledBy);
		boolean first = true;
		for (Answer answer : answers) {
			Button button = new Button(getTranslation(answer.labelKey()), e -> answer(answer.id()));
			button.setId("answer-" + answer.id());
			button.addClassName("answer");
			if (first) {
				button.addThemeVariants(ButtonVariant.PRIMARY);
				first = false;
			}
			group.add(button);
		}
		return group;
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
