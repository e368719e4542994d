package app.stepwise.wizard.ui;

import app.stepwise.flow.FlowRun;
import app.stepwise.i18n.Messages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/** The checks made so far, in order: when, which step, which answer. */
@NamedInterface("escalation")
public class TranscriptList extends Div {

	private final Messages messages;

	public TranscriptList(Messages messages) {
		this.messages = messages;
		setId("transcript");
		addClassName("transcript");
	}

	public void show(FlowRun run) {
		removeAll();
		H2 heading = new H2(getTranslation("ui.wizard.transcript.title", Map.of("count", run.entries().size())));
		heading.setId("transcript-title");
		OrderedList list = new OrderedList();
		ZoneId zone = browserZone();
		for (FlowRun.Entry entry : run.entries()) {
			Span when = new Span(entry.answeredAt() == null ? getTranslation("ui.wizard.transcript.time-unknown")
					: messages.dateTime(getLocale(), entry.answeredAt(), zone));
			when.addClassName("transcript-time");
			Span step = new Span(getTranslation(entry.step().titleKey()));
			step.addClassName("transcript-step");
			Span answer = new Span(getTranslation(entry.answer().labelKey()));
			answer.addClassName("transcript-answer");
			list.add(new ListItem(when, step, answer));
		}
		add(heading, list);
	}

	/** The reader's time zone as the browser reports it; UTC until it is known. */
	static ZoneId browserZone() {
		UI ui = UI.getCurrent();
		if (ui == null) {
			return ZoneOffset.UTC;
		}
		try {
			var details = ui.getPage().getExtendedClientDetails();
			return details == null || details.getTimeZoneId() == null ? ZoneOffset.UTC
					: ZoneId.of(details.getTimeZoneId());
		}
		catch (RuntimeException e) {
			return ZoneOffset.UTC;
		}
	}

}
