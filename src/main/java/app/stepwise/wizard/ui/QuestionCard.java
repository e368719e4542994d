package app.stepwise.wizard.ui;

import app.stepwise.flow.FlowRun;
import app.stepwise.flow.QuestionStep;
import java.util.function.Consumer;

/** A question: its answers, each leading on. */
class QuestionCard extends StepCard {

	QuestionCard(FlowRun run, QuestionStep step, Consumer<String> onAnswer) {
		super(run);
		add(new AnswerButtons(step.answersFor(run.context()), "step-title", onAnswer));
	}

}
