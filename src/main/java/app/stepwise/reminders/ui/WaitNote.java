package app.stepwise.reminders.ui;

import app.stepwise.base.ui.BrowserZone;
import app.stepwise.flow.Wait;
import app.stepwise.flow.WaitWindow;
import app.stepwise.i18n.Messages;
import app.stepwise.reminders.Reminders;
import app.stepwise.wizard.ActiveRun;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The wait of an action step: how long it takes, when to check again (counted from when
 * the run reached the step, in the reader's time zone), and "Remind me". A run opened
 * from a link knows no times: then only how long it takes.
 */
class WaitNote extends Div implements LocaleChangeObserver {

	final Paragraph text = new Paragraph();

	private final Wait expected;

	private final @Nullable WaitWindow window;

	private final Reminders reminders;

	private final Messages messages;

	WaitNote(ActiveRun active, Wait expected, Reminders reminders, Messages messages) {
		this.expected = expected;
		this.window = reminders.currentWait(active).orElse(null);
		this.reminders = reminders;
		this.messages = messages;
		addClassName("wait-note");
		text.setId("wait");
		add(text);
		if (window != null) {
			add(RemindPart.maybe(active, window, reminders, messages));
		}
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		String duration = getTranslation("ui.wizard.wait",
				Map.of("usual", expected.usualHours(), "max", expected.maxHours()));
		if (window == null) {
			text.setText(duration);
			return;
		}
		var now = reminders.now();
		var zone = BrowserZone.current();
		text.setText(duration + " "
				+ getTranslation("ui.reminders.window",
						Map.of("usual", Moments.say(messages, getLocale(), window.usualBy(), now, zone), "latest",
								Moments.say(messages, getLocale(), window.latestBy(), now, zone))));
	}

}
