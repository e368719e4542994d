package app.stepwise.wizard.ui;

import app.stepwise.base.ui.SafeHtml;
import app.stepwise.flow.Answer;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The answers a step offers, as a group of buttons; the first is the primary one. The
 * buttons are written as the group's content ({@link SafeHtml}) and the group listens for
 * their clicks: one element kept on the server for the answers of every step instead of
 * two per button, built and attached on every answer. Only an answer the step offers is
 * taken, whatever the browser sends.
 */
@Uses(Button.class)
class AnswerButtons extends Div implements LocaleChangeObserver {

	/** Each button's id: this and the answer's id. */
	static final String ID_PREFIX = "answer-";

	/**
	 * What the browser reports of a click: the id of the answer's button, if one was hit.
	 */
	static final String CLICKED = "(event.target.closest('vaadin-button.answer') || {}).id";

	/** Only a click on an answer's button goes to the server. */
	static final String ON_A_BUTTON = "event.target.closest('vaadin-button.answer') != null";

	private final List<Answer> answers;

	private Set<String> suggested = Set.of();

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
		getElement().addEventListener("click", event -> {
			String clicked = event.getEventData().path(CLICKED).asString("");
			answers.stream()
				.map(Answer::id)
				.filter(id -> clicked.equals(ID_PREFIX + id))
				.findFirst()
				.ifPresent(onAnswer);
		}).addEventData(CLICKED).setFilter(ON_A_BUTTON);
	}

	/**
	 * Marks the answers a tenant check suggests, each described by the line that says why
	 * ({@code suggestion-<answer>}).
	 */
	void markSuggested(Set<String> answerIds) {
		if (!answerIds.equals(suggested)) {
			suggested = Set.copyOf(answerIds);
			if (isAttached()) {
				render();
			}
		}
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		render();
	}

	private void render() {
		SafeHtml buttons = new SafeHtml();
		for (int i = 0; i < answers.size(); i++) {
			Answer answer = answers.get(i);
			boolean marked = suggested.contains(answer.id());
			List<String> attributes = new ArrayList<>(
					List.of("id", ID_PREFIX + answer.id(), "class", marked ? "answer answer-suggested" : "answer"));
			if (i == 0) {
				attributes.addAll(List.of("theme", "primary"));
			}
			if (marked) {
				attributes.addAll(List.of("aria-describedby", "suggestion-" + answer.id()));
			}
			buttons.open("vaadin-button", attributes.toArray(String[]::new))
				.text(getTranslation(answer.labelKey()))
				.close("vaadin-button");
		}
		buttons.writeInto(getElement());
	}

}
