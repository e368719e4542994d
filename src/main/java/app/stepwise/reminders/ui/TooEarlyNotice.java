package app.stepwise.reminders.ui;

import app.stepwise.flow.WaitWindow;
import app.stepwise.i18n.Messages;
import app.stepwise.reminders.Reminders;
import app.stepwise.wizard.ActiveRun;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.Map;

/**
 * On an escalate outcome reached while a wait the run went through is still running: how
 * long Microsoft allows and how long has passed, a reminder for when the wait is over,
 * and that asking for help anyway stays possible (the form follows).
 */
class TooEarlyNotice extends Div implements LocaleChangeObserver {

	final H3 title = new H3();

	final Paragraph text = new Paragraph();

	final Paragraph anyway = new Paragraph();

	private final WaitWindow window;

	private final Reminders reminders;

	TooEarlyNotice(ActiveRun active, WaitWindow window, Reminders reminders, Messages messages) {
		this.window = window;
		this.reminders = reminders;
		setId("too-early");
		addClassName("too-early");
		addClassName("wait-note");
		title.setId("too-early-title");
		text.setId("too-early-text");
		add(title, text, RemindPart.maybe(active, window, reminders, messages), anyway);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		title.setText(getTranslation("ui.reminders.too-early.title"));
		text.setText(getTranslation("ui.reminders.too-early", Map.of("max", window.expected().maxHours(), "passed",
				window.hoursPassed(reminders.now()), "step", getTranslation(window.step().titleKey()))));
		anyway.setText(getTranslation("ui.reminders.too-early.anyway"));
	}

}
