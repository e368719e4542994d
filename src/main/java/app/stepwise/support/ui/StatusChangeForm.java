package app.stepwise.support.ui;

import app.stepwise.escalation.ConcurrentChangeException;
import app.stepwise.escalation.InputProblem;
import app.stepwise.escalation.InvalidRequestException;
import app.stepwise.escalation.RequestField;
import app.stepwise.escalation.RequestStatus;
import app.stepwise.escalation.StatusChangeRules;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequests;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A new status for a request, or a comment under the same one. Checked by
 * {@link StatusChangeRules} before it is sent; closing asks first. A change someone else
 * made in the meantime is shown instead of overwritten, and the comment typed stays.
 */
class StatusChangeForm extends Section implements LocaleChangeObserver {

	private static final Logger log = LoggerFactory.getLogger(StatusChangeForm.class);

	private final SupportRequests requests;

	private final Consumer<SupportRequest> onChanged;

	final Select<RequestStatus> newStatus = new Select<>();

	final TextArea comment = new TextArea();

	final Button save = new Button();

	final Paragraph changeError = new Paragraph();

	final ConfirmDialog closeConfirm = new ConfirmDialog();

	private final H2 title = new H2();

	private @Nullable SupportRequest request;

	private List<InputProblem> problems = List.of();

	/**
	 * @param onChanged receives the request as it now stands: changed, or as someone else
	 * left it
	 */
	StatusChangeForm(SupportRequests requests, Consumer<SupportRequest> onChanged) {
		this.requests = requests;
		this.onChanged = onChanged;
		addClassName("status-change");
		setId("status-change");
		newStatus.setId("new-status");
		newStatus.setItems(RequestStatus.values());
		comment.setId("status-comment");
		comment.setMaxLength(StatusChangeRules.MAX_COMMENT);
		comment.setWidthFull();
		save.setId("save-status");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		save.addClickListener(e -> saveClicked());
		changeError.setId("change-error");
		changeError.addClassName("form-error");
		changeError.getElement().setAttribute("role", "alert");
		changeError.setVisible(false);
		closeConfirm.setId("close-confirm");
		closeConfirm.setCancelable(true);
		closeConfirm.addConfirmListener(e -> apply(RequestStatus.CLOSED));
		add(title, newStatus, comment, changeError, save, closeConfirm);
	}

	/** The request as it stands; the status to choose starts at its own. */
	void show(SupportRequest shown) {
		this.request = shown;
		newStatus.setValue(shown.status());
	}

	private void saveClicked() {
		SupportRequest current = request;
		RequestStatus to = newStatus.getValue();
		if (current == null || to == null) {
			return;
		}
		List<InputProblem> found = StatusChangeRules.check(current.status(), to, comment.getValue());
		if (!found.isEmpty()) {
			showProblems(found);
			return;
		}
		if (to == RequestStatus.CLOSED && current.status() != RequestStatus.CLOSED) {
			closeConfirm.open();
			return;
		}
		apply(to);
	}

	private void apply(RequestStatus to) {
		SupportRequest current = request;
		if (current == null) {
			return;
		}
		try {
			SupportRequest changed = requests.changeStatus(current.reference(), current.version(), to,
					comment.getValue());
			comment.clear();
			showProblems(List.of());
			onChanged.accept(changed);
			Notification.show(getTranslation("ui.support.detail.change.saved"), 3000,
					Notification.Position.BOTTOM_CENTER);
		}
		catch (ConcurrentChangeException e) {
			requests.find(current.reference()).ifPresent(onChanged);
			showProblems(List.of(new InputProblem(RequestField.STATUS, "ui.support.detail.change.conflict", Map.of())));
		}
		catch (InvalidRequestException e) {
			showProblems(e.problems());
		}
		catch (RuntimeException e) {
			log.error("Could not change the status of {}", current.reference(), e);
			showProblems(List.of(new InputProblem(RequestField.STATUS, "ui.support.detail.change.failed", Map.of())));
		}
	}

	/**
	 * Shows each problem next to the comment when it is the comment's, above the button
	 * otherwise; no problems clears them.
	 */
	private void showProblems(List<InputProblem> shown) {
		this.problems = List.copyOf(shown);
		comment.setInvalid(false);
		String formError = null;
		for (InputProblem problem : problems) {
			String text = getTranslation(problem.messageKey(), problem.arguments());
			if (problem.field() == RequestField.COMMENT) {
				comment.setInvalid(true);
				comment.setErrorMessage(text);
			}
			else {
				formError = text;
			}
		}
		changeError.setVisible(formError != null);
		changeError.setText(formError == null ? "" : formError);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		title.setText(getTranslation("ui.support.detail.change.title"));
		newStatus.setLabel(getTranslation("ui.support.detail.change.status"));
		newStatus.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
		comment.setLabel(getTranslation("ui.support.detail.change.comment"));
		comment.setHelperText(getTranslation("ui.support.detail.change.comment.helper"));
		save.setText(getTranslation("ui.support.detail.change.save"));
		closeConfirm.setHeader(getTranslation("ui.support.detail.close.title"));
		closeConfirm.setText(getTranslation("ui.support.detail.close.text"));
		closeConfirm.setConfirmText(getTranslation("ui.support.detail.close.confirm"));
		closeConfirm.setCancelText(getTranslation("ui.support.detail.close.cancel"));
		showProblems(problems);
	}

}
