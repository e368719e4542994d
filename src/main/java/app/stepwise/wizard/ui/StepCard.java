package app.stepwise.wizard.ui;

import app.stepwise.base.ui.SafeHtml;
import app.stepwise.flow.FlowRun;
import app.stepwise.flow.Step;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/**
 * The card of one step: the flow's name, the step's title and its text, then what the
 * kind of step adds (answers, instructions, an outcome). One subclass per kind; each
 * follows a change of language by itself. Whatever every step will show after its text
 * belongs here, what only one kind shows in that kind's card.
 */
abstract class StepCard extends Section implements LocaleChangeObserver {

	/** How many components the step's own text takes at the start of a card. */
	static final int TEXT_PARTS = 3;

	private final FlowRun run;

	private final Paragraph flowName = new Paragraph();

	private final H1 title = new H1();

	private final Paragraph body = new Paragraph();

	StepCard(FlowRun run) {
		this.run = run;
		Step step = run.current();
		addClassName("step-card");
		setId("step");
		getElement().setAttribute("aria-labelledby", "step-title");
		getElement().setAttribute("data-step", step.flowId() + "/" + step.id());
		flowName.addClassName("step-flow");
		title.setId("step-title");
		body.addClassName("step-body");
		add(flowName, title, body);
	}

	/** The run as this card shows it. */
	FlowRun run() {
		return run;
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		flowName.setText(getTranslation(run.currentFlow().titleKey()));
		title.setText(getTranslation(run.current().titleKey()));
		// The text goes into the paragraph as its content: a text node per part and an
		// element per bold part would each be kept on the server for every open step.
		new SafeHtml().markup(getTranslation(run.current().bodyKey())).writeInto(body.getElement());
	}

}
