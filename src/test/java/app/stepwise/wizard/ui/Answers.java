package app.stepwise.wizard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.ShownText;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.dom.DomEvent;
import java.util.List;
import org.jsoup.nodes.Element;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The current step's answer buttons in a browserless test: as the browser shows them, and
 * clicked as the browser reports a click on one.
 */
public final class Answers {

	private Answers() {
	}

	/** Clicks the answer's button; fails if the step does not show it. */
	public static void click(String answerId) {
		assertThat(button(answerId)).as("the button of answer " + answerId).isNotNull();
		clickAsTheBrowserReports(AnswerButtons.ID_PREFIX + answerId);
	}

	/**
	 * Sends what a browser would send for a click on a button with this id, whether the
	 * step offers it or not.
	 */
	public static void clickAsTheBrowserReports(String buttonId) {
		AnswerButtons buttons = _get(AnswerButtons.class);
		var data = JsonNodeFactory.instance.objectNode()
			.put(AnswerButtons.CLICKED, buttonId)
			.put(AnswerButtons.ON_A_BUTTON, true);
		ElementUtilsKt._fireDomEvent(buttons.getElement(), new DomEvent(buttons.getElement(), "click", data));
	}

	/** The answer's button as written into the page, or null if the step shows none. */
	public static Element button(String answerId) {
		return ShownText.html(_get(AnswerButtons.class)).getElementById(AnswerButtons.ID_PREFIX + answerId);
	}

	/** The ids of the answers' buttons, in order. */
	public static List<String> buttonIds() {
		return ShownText.html(_get(AnswerButtons.class)).select("vaadin-button.answer").eachAttr("id");
	}

}
