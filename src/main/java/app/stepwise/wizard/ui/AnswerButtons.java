package app.stepwise.wizard.ui;

import app.stepwise.flow.Answer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.List;
import java.util.function.Consumer;

/** The answers a step offers, as a group of buttons; the first is the primary one. */
class AnswerButtons extends Div implements LocaleChangeObserver {

	private final List<Answer> answers;

	/**
	 * @param labelledBy the id of the heading that asks the question
	 * @param onAnswer receives the id of the answer chosen
	 */
	AnswerButtons(List<Answer> answers, String labelledBy, Consumer<String> onAnswer) {
		this.answers = answers;
		addClassName("answers");
		setId("answers");
		getElement().setAttribute("role", "group");
		getElement().setAttribute("aria-labelledby", labelledBy);
		for (Answer answer : answers) {
			Button button = new Button("", e -> onAnswer.accept(answer.id()));
			button.setId("answer-" + answer.id());
			button.addClassName("answer");
			if (getComponentCount() == 0) {
				button.addThemeVariants(ButtonVariant.PRIMARY);
			}
			add(button);
		}
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		for (int i = 0; i < answers.size(); i++) {
			((Button) getComponentAt(i)).setText(getTranslation(answers.get(i).labelKey()));
		}
	}

}
