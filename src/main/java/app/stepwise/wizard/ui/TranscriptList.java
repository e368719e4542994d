package app.stepwise.wizard.ui;

import app.stepwise.base.ui.BrowserZone;
import app.stepwise.base.ui.SafeHtml;
import app.stepwise.flow.FlowRun;
import app.stepwise.i18n.Messages;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * The checks made, in order: when, which step, which answer. Shows a run as it stands in
 * the wizard, or the checks a support request recorded; follows a change of language by
 * itself. The list is read, never clicked, so it goes to the page as one element's
 * content ({@link SafeHtml}): a dozen checks would otherwise keep some fifty elements per
 * open page on the server.
 */
@NamedInterface("ui")
public class TranscriptList extends Div implements LocaleChangeObserver {

	/**
	 * One check, by the message keys the person saw.
	 *
	 * @param at when it was answered; null if unknown (a run opened from a link)
	 */
	public record Check(String stepTitleKey, String answerLabelKey, @Nullable Instant at) {
	}

	private final Messages messages;

	private final H2 heading = new H2();

	private final Element list = new Element("ol");

	private List<Check> checks = List.of();

	public TranscriptList(Messages messages) {
		this.messages = messages;
		setId("transcript");
		addClassName("transcript");
		heading.setId("transcript-title");
		add(heading);
		getElement().appendChild(list);
	}

	/** Shows the checks made in the run so far. */
	public void show(FlowRun run) {
		show(run.entries()
			.stream()
			.map(e -> new Check(e.step().titleKey(), e.answer().labelKey(), e.answeredAt()))
			.toList());
	}

	public void show(List<Check> made) {
		this.checks = List.copyOf(made);
		// Once attached it renders in the reader's language (localeChange); until then,
		// rendering would be done twice.
		if (isAttached()) {
			render();
		}
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		render();
	}

	private void render() {
		heading.setText(getTranslation("ui.wizard.transcript.title", Map.of("count", checks.size())));
		ZoneId zone = BrowserZone.current();
		SafeHtml items = new SafeHtml();
		for (Check check : checks) {
			items.open("li")
				.element("span", "transcript-time",
						check.at() == null ? getTranslation("ui.wizard.transcript.time-unknown")
								: messages.dateTime(getLocale(), check.at(), zone))
				.element("span", "transcript-step", getTranslation(check.stepTitleKey()))
				.element("span", "transcript-answer", getTranslation(check.answerLabelKey()))
				.close("li");
		}
		items.writeInto(list);
	}

}
