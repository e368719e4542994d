package app.stepwise.escalation.ui;

import app.stepwise.escalation.Filing;
import app.stepwise.escalation.InvalidRequestException;
import app.stepwise.escalation.RequestInput;
import app.stepwise.escalation.RequestSummaries;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequests;
import app.stepwise.i18n.Language;
import app.stepwise.wizard.ActiveRun;
import app.stepwise.wizard.Wizard;
import com.vaadin.flow.component.html.Div;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The support request for one run: the form until it is filed, then the confirmation.
 * Filing is idempotent by run, so a second click, a retry or a reload shows the request
 * already filed instead of filing another.
 */
class SupportRequestPanel extends Div {

	private static final Logger log = LoggerFactory.getLogger(SupportRequestPanel.class);

	private final ActiveRun run;

	private final SupportRequests requests;

	private final RequestSummaries summaries;

	private final Wizard wizard;

	private final OperatorMemory operatorMemory;

	private final String operator;

	@Nullable SupportRequestForm form;

	@Nullable FiledRequestPanel filed;

	/**
	 * @param operator the signed-in operator's user name, who sends the request
	 */
	SupportRequestPanel(ActiveRun run, SupportRequests requests, RequestSummaries summaries, Wizard wizard,
			OperatorMemory operatorMemory, String operator) {
		this.run = run;
		this.requests = requests;
		this.summaries = summaries;
		this.wizard = wizard;
		this.operatorMemory = operatorMemory;
		this.operator = operator;
		addClassName("support-request");
		Optional<SupportRequest> existing = requests.findByRun(run.id());
		if (existing.isPresent()) {
			showFiled(existing.get());
		}
		else {
			showForm();
		}
	}

	private void showForm() {
		RequestInput initial = new RequestInput();
		operatorMemory.prefill(initial);
		wizard.affectedUser().ifPresent(initial::setAffectedUser);
		form = new SupportRequestForm(initial, operator, this::contextLine, this::submit);
		add(form);
	}

	private String contextLine(SupportRequestForm form) {
		return form.getTranslation("ui.escalation.form.context",
				Map.of("flow", form.getTranslation(run.run().flow().titleKey()), "cloud",
						form.getTranslation(RequestSummaries.cloudKey(run.run().cloud()))));
	}

	private void submit(RequestInput input) {
		SupportRequestForm current = form;
		if (current == null) {
			return;
		}
		Language language = Language.orEnglish(getLocale());
		try {
			Filing filing = requests.file(run, input, language);
			operatorMemory.filed(input);
			wizard.affectedUser(input.getAffectedUser());
			showFiled(filing.request());
		}
		catch (InvalidRequestException e) {
			current.showProblems(e.problems());
		}
		catch (RuntimeException e) {
			log.error("Could not file a support request for run {}", run.id(), e);
			current.showFailure();
		}
	}

	private void showFiled(SupportRequest request) {
		removeAll();
		form = null;
		filed = new FiledRequestPanel(request, summaries);
		add(filed);
	}

}
