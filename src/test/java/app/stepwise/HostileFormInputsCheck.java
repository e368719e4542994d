package app.stepwise;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.base.ui.InternalErrorView;
import app.stepwise.base.ui.NotFoundView;
import app.stepwise.escalation.ContactMethod;
import app.stepwise.escalation.InputProblem;
import app.stepwise.escalation.RequestField;
import app.stepwise.escalation.RequestRules;
import app.stepwise.escalation.RequestStatus;
import app.stepwise.escalation.Runs;
import app.stepwise.escalation.StatusChangeRules;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequests;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.Messages;
import app.stepwise.security.Roles;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Generated hostile input (markup and script, control and invisible characters, lone
 * surrogates, SQL, sheer length) typed into the support request form and the status
 * change form and put into the parts of a step's address, browserless, in every language:
 * no server error, nothing is ever rendered as markup, what is accepted is stored as
 * typed, and every refusal is the rule's own message in the reader's language with what
 * was typed kept. Two fifths of the inputs go to each form, one fifth to addresses. Not
 * part of {@code ./mvnw verify} (surefire's default includes do not match the name): run
 * it with
 * {@code ./mvnw test -Dtest=HostileFormInputsCheck -Dstepwise.hostile.count=10000}.
 */
class HostileFormInputsCheck extends KaribuTest {

	private static final int COUNT = Integer.getInteger("stepwise.hostile.count", 10_000);

	private static final String FORM = "flow/unlock-account/escalate?path=cannot-sign-in.not-solved.not-solved.no-signs";

	private static final List<String> FIELDS = List.of("affected-user", "description", "contact-email",
			"contact-phone");

	/**
	 * Status changes per request: a request's history is shown in full on its page, so
	 * each gets a bounded number and the next input goes to a new one.
	 */
	private static final int CHANGES_PER_REQUEST = 20;

	private static final Set<String> FORBIDDEN_TAGS = Set.of("script", "img", "svg", "iframe", "object", "embed");

	private static final List<String> PIECES = Stream
		.concat(HostileInput.VALUES.stream().filter(v -> v.length() < 10_000),
				Stream.of("adele@contoso.com", "+46 70 123 45 67", "\uDFFF", "\u0085", "\u2028", "\u007F", "😀", "é",
						"<b>", "</textarea>", "&lt;script&gt;", "\\", "\"", "'--", "%00", "\r\n"))
		.toList();

	@Autowired
	private SupportRequests requests;

	@Autowired
	private FlowCatalog catalog;

	@Autowired
	private Messages messages;

	private final Random random = new Random(15);

	private @Nullable RequestForm requestForm;

	private @Nullable ChangeForm changeForm;

	private int filed;

	private int refused;

	private int changed;

	private int changeRefused;

	private int opened;

	private int addressRefused;

	private final List<String> serverErrors = new ArrayList<>();

	private final List<String> markupFound = new ArrayList<>();

	@Test
	void hostileInputIsStoredAsTextOrRefusedWithAMessageAndNeverBreaksAPage() {
		int addresses = COUNT / 5;
		int forms = (COUNT - addresses) / 2;
		long start = System.nanoTime();
		startSessionAs(SUPPORT_USER, Roles.SUPPORT);
		navigate(FORM);
		for (int i = 0; i < forms; i++) {
			String value = hostile();
			String field = FIELDS.get(i % FIELDS.size());
			int n = i;
			guarded("request form", i, value, FORM, () -> requestForm(field, value, n));
		}
		String target = "";
		RequestStatus[] status = { RequestStatus.NEW };
		for (int i = forms; i < COUNT - addresses; i++) {
			if ((i - forms) % CHANGES_PER_REQUEST == 0) {
				target = requests
					.file(Runs.escalated(catalog, "unlock-account", Instant.now()), Runs.validInput(), Language.ENGLISH)
					.request()
					.reference();
				status[0] = RequestStatus.NEW;
				navigate("support/" + target);
				changeForm = null;
			}
			String value = hostile();
			String reference = target;
			int n = i;
			guarded("status change", i, value, "support/" + reference,
					() -> status[0] = statusChange(reference, status[0], value, n));
		}
		for (int i = COUNT - addresses; i < COUNT; i++) {
			String value = hostile();
			int n = i;
			guarded("address", i, value, "", () -> address(value, n));
		}
		System.out.printf(
				"Hostile inputs: %d in %d s; request form: %d filed, %d refused; status change: %d saved,"
						+ " %d refused; addresses: %d opened, %d refused (not found); server errors: %d;"
						+ " markup rendered: %d%n",
				COUNT, (System.nanoTime() - start) / 1_000_000_000L, filed, refused, changed, changeRefused, opened,
				addressRefused, serverErrors.size(), markupFound.size());
		assertThat(serverErrors).as("server errors").isEmpty();
		assertThat(markupFound).as("elements with markup set as HTML").isEmpty();
		assertThat(filed + refused + changed + changeRefused + opened + addressRefused).isEqualTo(COUNT);
	}

	/**
	 * Runs one input in the reader's language; an exception that escapes the screen, or
	 * the internal error page, counts as a server error; the next input then starts in a
	 * new session at {@code again}.
	 */
	private void guarded(String target, int i, String value, String again, Runnable input) {
		if (!UI.getCurrent().getLocale().equals(language(i).locale())) {
			UI.getCurrent().setLocale(language(i).locale());
		}
		try {
			input.run();
		}
		catch (AssertionError e) {
			throw e;
		}
		catch (RuntimeException e) {
			serverErrors.add(target + " input " + i + " (" + HostileInput.label(value) + "): " + e);
			startSessionAs(SUPPORT_USER, Roles.SUPPORT);
			navigate(again);
			requestForm = null;
			changeForm = null;
		}
		if (shows(InternalErrorView.class)) {
			serverErrors.add(target + " input " + i + " (" + HostileInput.label(value) + "): error page");
		}
		noMarkupAnywhere(value);
	}

	/**
	 * The reader's language: all five in turn, ten inputs each (a change of language
	 * renders every screen again, the costliest step of an input).
	 */
	private static Language language(int i) {
		return Language.values()[(i / 10) % Language.values().length];
	}

	private void requestForm(String field, String value, int i) {
		RequestForm form = requestForm == null ? new RequestForm() : requestForm;
		requestForm = form;
		_setValue(form.affectedUser, "adele@contoso.com");
		_setValue(form.description, "Cannot sign in.");
		_setValue(form.contactEmail, "alex@contoso.com");
		_setValue(form.contactPhone, "+46 70 123 45 67");
		if (field.equals("description")) {
			_setValue(form.description, value);
		}
		else {
			_setValue(form.text(field), value);
		}
		_click(form.send);
		List<Span> reference = _find(Span.class, spec -> spec.withId("reference"));
		if (!reference.isEmpty()) {
			filed++;
			SupportRequest request = requests.find(reference.getFirst().getText()).orElseThrow();
			assertThat(stored(request, field)).as("input %d stored as typed", i).isEqualTo(value.strip());
			noMarkupAnywhere(value);
			// Support staff open what was filed.
			navigate("support/" + request.reference());
			noMarkupAnywhere(value);
			newForm();
			return;
		}
		refused++;
		HasValidationField shown = field.equals("description") ? new HasValidationField(form.description)
				: new HasValidationField(form.text(field));
		assertThat(shown.value()).as("what was typed is kept (input %d)", i).isEqualTo(value);
		String formError = _get(Paragraph.class, spec -> spec.withId("form-error")).getText();
		assertThat(formError).as("the form's message (input %d)", i)
			.isEqualTo(messages.get(language(i), "ui.escalation.form.invalid", Map.of()));
		InputProblem problem = requestRule(field, value)
			.orElseThrow(() -> new AssertionError("input %d refused though the rules accept it".formatted(i)));
		assertThat(shown.error()).as("the field's message (input %d)", i)
			.isEqualTo(messages.get(language(i), problem.messageKey(), problem.arguments()));
	}

	private static String stored(SupportRequest request, String field) {
		return switch (field) {
			case "affected-user" -> request.affectedUser();
			case "description" -> request.description();
			case "contact-email" -> request.contactEmail();
			default -> request.contactPhone();
		};
	}

	private static Optional<InputProblem> requestRule(String field, String value) {
		return switch (field) {
			case "affected-user" -> RequestRules.affectedUser(value);
			case "description" -> RequestRules.description(value);
			case "contact-email" -> RequestRules.contactEmail(value);
			default -> RequestRules.contactPhone(value, ContactMethod.EMAIL);
		};
	}

	/** Returns the request's status afterwards. */
	private RequestStatus statusChange(String reference, RequestStatus from, String comment, int i) {
		RequestStatus to = i % 2 == 0 ? RequestStatus.IN_PROGRESS : RequestStatus.WAITING_FOR_VENDOR;
		ChangeForm form = changeForm == null ? new ChangeForm() : changeForm;
		changeForm = form;
		_setValue(form.status, to);
		TextArea field = form.comment;
		_setValue(field, comment);
		_click(form.save);
		List<InputProblem> problems = StatusChangeRules.check(from, to, comment);
		if (problems.isEmpty()) {
			changed++;
			SupportRequest saved = requests.find(reference).orElseThrow();
			assertThat(saved.status()).as("status saved (input %d)", i).isEqualTo(to);
			assertThat(saved.history().getLast().comment()).as("comment stored as typed (input %d)", i)
				.isEqualTo(comment.strip());
			assertThat(field.getValue()).as("the form is cleared (input %d)", i).isEmpty();
			// Shown in the reader's language, then taken away as a browser does after
			// three seconds.
			NotificationsKt.expectNotifications(messages.get(language(i), "ui.support.detail.change.saved", Map.of()));
			return to;
		}
		changeRefused++;
		assertThat(field.getValue()).as("what was typed is kept (input %d)", i).isEqualTo(comment);
		for (InputProblem problem : problems) {
			String expected = messages.get(language(i), problem.messageKey(), problem.arguments());
			String shown = problem.field() == RequestField.COMMENT ? field.getErrorMessage()
					: _get(Paragraph.class, spec -> spec.withId("change-error")).getText();
			assertThat(shown).as("the message (input %d)", i).isEqualTo(expected);
		}
		return from;
	}

	/**
	 * One hostile value in one part of a step's address, percent-encoded into the path as
	 * in a real link: the step opens at an address made only of valid ids, or the page
	 * "not found" answers in the reader's language; the value is never shown.
	 */
	private void address(String value, int i) {
		switch (i % 6) {
			case 0 -> open(value, "x", Map.of());
			case 1 -> open("unlock-account", value, Map.of());
			case 2 -> open("unlock-account", "symptom", Map.of("path", "cannot-sign-in." + value));
			case 3 -> open("reset-passwords", "x", Map.of("cloud", value, "path", "someone-else"));
			case 4 -> open("unlock-account", "x", Map.of("entry", value));
			default -> open("unlock-account", "symptom", Map.of("path", "cannot-sign-in", "lang", value));
		}
		if (value.strip().length() > 3) {
			assertThat(ShownText.of(ShownText.page())).as("address %d", i).doesNotContain(value.strip());
		}
		if (shows(NotFoundView.class)) {
			addressRefused++;
			assertThat(_get(H1.class, spec -> spec.withId("error-title")).getText()).as("address %d", i)
				.isEqualTo(messages.get(language(i), "ui.error.not-found.title", Map.of()));
		}
		else if (!shows(InternalErrorView.class)) {
			opened++;
			assertThat(currentLocation()).as("address %d", i).matches("flow/[a-z0-9-]+/[a-z0-9-]+(\\?[a-z0-9=&.-]+)?");
		}
	}

	private static void open(String flowId, String stepId, Map<String, String> query) {
		UI.getCurrent().navigate("flow/" + segment(flowId) + "/" + segment(stepId), QueryParameters.simple(query));
	}

	private static String segment(String id) {
		return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** Whether the page shown is the given view (or error view). */
	private static boolean shows(Class<?> view) {
		return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream().anyMatch(view::isInstance);
	}

	/** A new session of the same person at an empty request form. */
	private void newForm() {
		startSessionAs(SUPPORT_USER, Roles.SUPPORT);
		navigate(FORM);
		requestForm = null;
	}

	/** The request form's parts, found once for each form shown. */
	private static final class RequestForm {

		final TextField affectedUser = textField("affected-user");

		final TextArea description = _get(TextArea.class, spec -> spec.withId("description"));

		final TextField contactEmail = textField("contact-email");

		final TextField contactPhone = textField("contact-phone");

		final Button send = _get(Button.class, spec -> spec.withId("send-request"));

		TextField text(String id) {
			return switch (id) {
				case "affected-user" -> affectedUser;
				case "contact-email" -> contactEmail;
				default -> contactPhone;
			};
		}

		private static TextField textField(String id) {
			return _get(TextField.class, spec -> spec.withId(id));
		}

	}

	/** The status change form's parts, found once for each request shown. */
	private static final class ChangeForm {

		@SuppressWarnings("unchecked")
		final Select<RequestStatus> status = _get(Select.class, spec -> spec.withId("new-status"));

		final TextArea comment = _get(TextArea.class, spec -> spec.withId("status-comment"));

		final Button save = _get(Button.class, spec -> spec.withId("save-status"));

	}

	/**
	 * No element of the page has markup set as HTML beyond the plain lists SafeHtml
	 * writes, or is a tag that runs or loads.
	 */
	private void noMarkupAnywhere(String value) {
		List<Element> all = new ArrayList<>();
		collect(ShownText.page().getElement(), all);
		for (Element element : all) {
			String html = element.getProperty("innerHTML");
			if ((html != null && !SafeMarkup.isPlain(html)) || FORBIDDEN_TAGS.contains(element.getTag())) {
				markupFound.add("<" + element.getTag() + "> after " + HostileInput.label(value));
			}
		}
	}

	private static void collect(Element element, List<Element> into) {
		if (element.isTextNode()) {
			return;
		}
		into.add(element);
		element.getChildren().forEach(child -> collect(child, into));
	}

	/** One to four pieces of hostile input, sometimes padded to a great length. */
	private String hostile() {
		StringBuilder value = new StringBuilder();
		for (int p = 0, n = 1 + random.nextInt(4); p < n; p++) {
			value.append(PIECES.get(random.nextInt(PIECES.size())));
		}
		if (random.nextInt(20) == 0) {
			value.append("x".repeat(random.nextInt(6_000)));
		}
		return value.toString();
	}

	/** A text field or area with its value and its message. */
	private record HasValidationField(String value, String error) {

		HasValidationField(TextField field) {
			this(field.getValue(), field.getErrorMessage());
		}

		HasValidationField(TextArea field) {
			this(field.getValue(), field.getErrorMessage());
		}

	}

}
