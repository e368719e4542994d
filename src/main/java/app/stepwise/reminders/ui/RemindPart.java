package app.stepwise.reminders.ui;

import app.stepwise.base.ui.BrowserZone;
import app.stepwise.flow.WaitWindow;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.Messages;
import app.stepwise.reminders.Reminder;
import app.stepwise.reminders.Reminders;
import app.stepwise.wizard.ActiveRun;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import java.util.Map;

/**
 * "Remind me" for one wait of a run: the button, what has been asked for, or why there
 * can be no reminder (the operator has no e-mail address). Shows nothing when reminders
 * are off.
 */
class RemindPart extends Div implements LocaleChangeObserver {

	final Button remind = new Button();

	final Paragraph status = new Paragraph();

	private final ActiveRun active;

	private final WaitWindow window;

	private final Reminders reminders;

	private final Messages messages;

	private List<Reminder> pending;

	RemindPart(ActiveRun active, WaitWindow window, Reminders reminders, Messages messages) {
		this.active = active;
		this.window = window;
		this.reminders = reminders;
		this.messages = messages;
		addClassName("remind");
		remind.setId("remind-me");
		remind.setIcon(VaadinIcon.ENVELOPE_O.create());
		remind.addClickListener(e -> ask());
		status.setId("reminder-status");
		pending = reminders.pending(active.id());
		add(remind, status);
	}

	private void ask() {
		pending = reminders.remind(active, window, Language.orEnglish(getLocale()), baseUrl());
		show();
	}

	/** The application's address as the operator's browser reached it. */
	private static String baseUrl() {
		VaadinServletRequest request = VaadinServletRequest.getCurrent();
		if (request == null) {
			return "http://localhost:8080";
		}
		return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).toUriString();
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		show();
	}

	private void show() {
		var address = reminders.operatorAddress();
		remind.setVisible(address.isPresent() && pending.isEmpty());
		remind.setText(getTranslation("ui.reminders.remind"));
		if (address.isEmpty()) {
			status.setText(getTranslation("ui.reminders.no-address"));
		}
		else if (pending.isEmpty()) {
			status.setText("");
		}
		else {
			var now = reminders.now();
			var zone = BrowserZone.current();
			String first = Moments.say(messages, getLocale(), pending.getFirst().dueAt(), now, zone);
			String last = Moments.say(messages, getLocale(), pending.getLast().dueAt(), now, zone);
			status.setText(pending.size() == 1
					? getTranslation("ui.reminders.set.one", Map.of("address", address.get(), "first", first))
					: getTranslation("ui.reminders.set.two",
							Map.of("address", address.get(), "first", first, "last", last)));
		}
		status.setVisible(!status.getText().isEmpty());
	}

	static Component maybe(ActiveRun active, WaitWindow window, Reminders reminders, Messages messages) {
		return reminders.enabled() ? new RemindPart(active, window, reminders, messages) : new Div();
	}

}
