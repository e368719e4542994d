package app.stepwise.escalation.ui;

import app.stepwise.base.ui.LightRadioGroup;
import app.stepwise.escalation.ContactMethod;
import app.stepwise.escalation.InputProblem;
import app.stepwise.escalation.RequestField;
import app.stepwise.escalation.RequestInput;
import app.stepwise.escalation.RequestRules;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The fields an operator fills in for a support request. Checks them by
 * {@link RequestRules} as the person goes and on sending, with messages in the reader's
 * language; a field with a problem keeps what was typed, and so does every other field.
 * The operator is signed in and is not asked for their name: the request carries their
 * user name.
 */
class SupportRequestForm extends Div implements LocaleChangeObserver {

	final H2 title = new H2();

	final Paragraph intro = new Paragraph();

	final Paragraph context = new Paragraph();

	final TextField affectedUser = new FormFields.Text();

	final Paragraph signedInAs = new Paragraph();

	final TextArea description = new FormFields.LongText();

	final TextField contactEmail = new FormFields.Text();

	final TextField contactPhone = new FormFields.Text();

	final LightRadioGroup<ContactMethod> preferredContact = new FormFields.Choice<>();

	final Paragraph formError = new Paragraph();

	final Button submit = new Button();

	private final Binder<RequestInput> binder = new Binder<>();

	private final String operator;

	private final Function<SupportRequestForm, String> contextText;

	private @Nullable String formErrorKey;

	private boolean attempted;

	/**
	 * @param operator the signed-in operator's user name, shown as who sends the request
	 * @param contextText the line naming the problem and cloud, in the current language
	 * @param onSubmit receives input that breaks no rule
	 */
	SupportRequestForm(RequestInput initial, String operator, Function<SupportRequestForm, String> contextText,
			Consumer<RequestInput> onSubmit) {
		this.operator = operator;
		this.contextText = contextText;
		addClassName("request-form");
		setId("request-form");
		title.setId("request-form-title");
		getElement().setAttribute("role", "form");
		getElement().setAttribute("aria-labelledby", "request-form-title");
		context.setId("request-context");
		context.addClassName("request-context");
		affectedUser.setId("affected-user");
		affectedUser.setMaxLength(RequestRules.MAX_AFFECTED_USER);
		affectedUser.setAutocomplete(Autocomplete.OFF);
		signedInAs.setId("signed-in-as");
		description.setId("description");
		description.setMaxLength(RequestRules.MAX_DESCRIPTION);
		description.addClassName("request-description");
		contactEmail.setId("contact-email");
		contactEmail.setMaxLength(RequestRules.MAX_EMAIL);
		contactEmail.setAutocomplete(Autocomplete.EMAIL);
		contactPhone.setId("contact-phone");
		contactPhone.setMaxLength(RequestRules.MAX_PHONE);
		contactPhone.setAutocomplete(Autocomplete.TEL);
		preferredContact.setId("preferred-contact");
		preferredContact.setItems(ContactMethod.values());
		formError.setId("form-error");
		formError.addClassName("form-error");
		formError.getElement().setAttribute("role", "alert");
		formError.setVisible(false);
		submit.setId("send-request");
		submit.addThemeVariants(ButtonVariant.PRIMARY);
		submit.setDisableOnClick(true);
		for (var field : List.of(affectedUser, description, contactEmail, contactPhone)) {
			field.setWidthFull();
		}

		binder.forField(affectedUser)
			.withValidator(rule(RequestRules::affectedUser))
			.bind(RequestInput::getAffectedUser, RequestInput::setAffectedUser);
		binder.forField(description)
			.withValidator(rule(RequestRules::description))
			.bind(RequestInput::getDescription, RequestInput::setDescription);
		binder.forField(contactEmail)
			.withValidator(rule(RequestRules::contactEmail))
			.bind(RequestInput::getContactEmail, RequestInput::setContactEmail);
		binder.forField(preferredContact).bind(RequestInput::getPreferredContact, RequestInput::setPreferredContact);
		Binder.Binding<RequestInput, String> phone = binder.forField(contactPhone)
			.withValidator(rule(value -> RequestRules.contactPhone(value, method())))
			.bind(RequestInput::getContactPhone, RequestInput::setContactPhone);
		preferredContact.addValueChangeListener(e -> {
			contactPhone.setRequiredIndicatorVisible(method() == ContactMethod.PHONE);
			if (attempted || !contactPhone.isEmpty()) {
				phone.validate();
			}
		});
		binder.readBean(initial);
		affectedUser.setRequiredIndicatorVisible(true);
		description.setRequiredIndicatorVisible(true);
		contactEmail.setRequiredIndicatorVisible(true);
		contactPhone.setRequiredIndicatorVisible(method() == ContactMethod.PHONE);

		submit.addClickListener(e -> {
			attempted = true;
			RequestInput input = new RequestInput();
			if (binder.writeBeanIfValid(input)) {
				showFormError(null);
				onSubmit.accept(input);
			}
			else {
				showFormError("ui.escalation.form.invalid");
				focusFirstInvalid();
				submit.setEnabled(true);
			}
		});

		Div fields = new Div(affectedUser, signedInAs, description, contactEmail, preferredContact, contactPhone);
		fields.addClassName("request-fields");
		add(title, intro, context, fields, formError, submit);
	}

	private ContactMethod method() {
		return preferredContact.getValue() == null ? ContactMethod.EMAIL : preferredContact.getValue();
	}

	/**
	 * A rule of {@link RequestRules} as a validator with the message in the reader's
	 * language.
	 */
	private Validator<String> rule(Function<String, Optional<InputProblem>> check) {
		return (value, context) -> check.apply(value == null ? "" : value)
			.map(problem -> ValidationResult.error(getTranslation(problem.messageKey(), problem.arguments())))
			.orElse(ValidationResult.ok());
	}

	/**
	 * Shows problems the service found (the same rules, so normally none), next to their
	 * fields where the form has them.
	 */
	void showProblems(List<InputProblem> problems) {
		for (InputProblem problem : problems) {
			field(problem.field()).ifPresent(field -> {
				field.setInvalid(true);
				field.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
			});
		}
		showFormError("ui.escalation.form.invalid");
		submit.setEnabled(true);
	}

	/** Saving failed for a reason that is not the input; everything typed stays. */
	void showFailure() {
		showFormError("ui.escalation.form.failed");
		submit.setEnabled(true);
	}

	private Optional<HasValidation> field(RequestField field) {
		return Optional.ofNullable(switch (field) {
			case AFFECTED_USER -> affectedUser;
			case DESCRIPTION -> description;
			case CONTACT_EMAIL -> contactEmail;
			case CONTACT_PHONE -> contactPhone;
			// Not on this form: they belong to a change of status.
			case STATUS, COMMENT -> null;
		});
	}

	/** Takes the keyboard to the first field that needs attention. */
	private void focusFirstInvalid() {
		List.of(affectedUser, description, contactEmail, contactPhone)
			.stream()
			.filter(f -> f.getParent().isPresent() && ((HasValidation) f).isInvalid())
			.findFirst()
			.ifPresent(f -> ((Focusable<?>) f).focus());
	}

	private void showFormError(@Nullable String key) {
		formErrorKey = key;
		formError.setVisible(key != null);
		formError.setText(key == null ? "" : getTranslation(key));
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		title.setText(getTranslation("ui.escalation.form.title"));
		intro.setText(getTranslation("ui.escalation.form.intro"));
		context.setText(contextText.apply(this));
		affectedUser.setLabel(getTranslation("ui.escalation.field.affected-user"));
		affectedUser.setHelperText(getTranslation("ui.escalation.field.affected-user.helper"));
		signedInAs.setText(getTranslation("ui.escalation.field.operator-signed-in", Map.of("name", operator)));
		description.setLabel(getTranslation("ui.escalation.field.description"));
		description.setHelperText(getTranslation("ui.escalation.field.description.helper"));
		contactEmail.setLabel(getTranslation("ui.escalation.field.email"));
		contactPhone.setLabel(getTranslation("ui.escalation.field.phone"));
		contactPhone.setHelperText(getTranslation("ui.escalation.field.phone.helper"));
		preferredContact.setLabel(getTranslation("ui.escalation.field.preferred-contact"));
		preferredContact.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
		submit.setText(getTranslation("ui.escalation.form.submit"));
		if (attempted) {
			// Messages already shown switch language with everything else.
			binder.validate();
		}
		showFormError(formErrorKey);
	}

}
