package app.stepwise;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.escalation.RequestStatus;
import app.stepwise.escalation.Runs;
import app.stepwise.escalation.StatusChangeRules;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequests;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.i18n.Language;
import app.stepwise.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Generated hostile input (markup and script, control and invisible characters, lone
 * surrogates, SQL, sheer length) typed into the support request form and the status
 * change form, browserless, in every language: no server error, nothing stored is ever
 * rendered as markup, and every refusal is a message in the reader's language with what
 * was typed kept. Not part of {@code ./mvnw verify} (surefire's default includes do not
 * match the name): run it with
 * {@code ./mvnw test -Dtest=HostileFormInputsCheck -Dstepwise.hostile.count=10000}.
 */
class HostileFormInputsCheck extends KaribuTest {

	private static final int COUNT = Integer.getInteger("stepwise.hostile.count", 10_000);

	private static final String FORM = "flow/unlock-account/escalate?path=cannot-sign-in.not-solved.not-solved.no-signs";

	private static final List<String> FIELDS = List.of("affected-user", "description", "contact-email",
			"contact-phone");

	private static final List<String> PIECES = Stream
		.concat(HostileInput.VALUES.stream().filter(v -> v.length() < 10_000),
				Stream.of("adele@contoso.com", "+46 70 123 45 67", "\uDFFF", "\u0085", "\u2028", "\u007F", "😀", "é",
						"<b>", "</textarea>", "&lt;script&gt;", "\\", "\"", "'--", "%00", "\r\n"))
		.toList();

	@Autowired
	private SupportRequests requests;

	@Autowired
	private FlowCatalog catalog;

	private int filed;

	private int refused;

	private int changed;

	private int changeRefused;

	@Test
	void hostileInputIsFiledAsTextOrRefusedWithAMessageAndNeverBreaksAPage() {
		startSessionAs(SUPPORT_USER, Roles.SUPPORT);
		Random random = new Random(15);
		navigate(FORM);
		for (int i = 0; i < COUNT / 2; i++) {
			Language language = Language.values()[i % Language.values().length];
			UI.getCurrent().setLocale(language.locale());
			requestForm(FIELDS.get(i % FIELDS.size()), hostile(random), i);
		}
		SupportRequest target = requests
			.file(Runs.escalated(catalog, "unlock-account", Instant.now()), Runs.validInput(), Language.ENGLISH)
			.request();
		navigate("support/" + target.reference());
		for (int i = COUNT / 2; i < COUNT; i++) {
			UI.getCurrent().setLocale(Language.values()[i % Language.values().length].locale());
			statusChange(hostile(random), i);
		}
		System.out.printf(
				"Hostile inputs: %d; request form: %d filed, %d refused; status change: %d saved,"
						+ " %d refused; server errors: 0; markup rendered: 0%n",
				COUNT, filed, refused, changed, changeRefused);
		assertThat(filed + refused + changed + changeRefused).isEqualTo(COUNT);
	}

	private void requestForm(String field, String value, int i) {
		_setValue(textField("affected-user"), "adele@contoso.com");
		_setValue(_get(TextArea.class, spec -> spec.withId("description")), "Cannot sign in.");
		_setValue(textField("contact-email"), "alex@contoso.com");
		_setValue(textField("contact-phone"), "+46 70 123 45 67");
		if (field.equals("description")) {
			_setValue(_get(TextArea.class, spec -> spec.withId("description")), value);
		}
		else {
			_setValue(textField(field), value);
		}
		_click(_get(Button.class, spec -> spec.withId("send-request")));
		List<Span> reference = _find(Span.class, spec -> spec.withId("reference"));
		noMarkupAnywhere(value);
		if (!reference.isEmpty()) {
			filed++;
			SupportRequest request = requests.find(reference.getFirst().getText()).orElseThrow();
			if (field.equals("description")) {
				assertThat(request.description()).as("input %d kept", i).isEqualTo(value.strip());
				navigate("support/" + request.reference());
				noMarkupAnywhere(value);
			}
			startSessionAs(SUPPORT_USER, Roles.SUPPORT);
			navigate(FORM);
			return;
		}
		refused++;
		String shown = field.equals("description") ? _get(TextArea.class, spec -> spec.withId("description")).getValue()
				: textField(field).getValue();
		assertThat(shown).as("what was typed is kept (input %d)", i).isEqualTo(value);
		String message = _get(Paragraph.class, spec -> spec.withId("form-error")).getText();
		assertThat(message).as("the form's message (input %d)", i).isNotBlank().doesNotStartWith("ui.");
	}

	private void statusChange(String comment, int i) {
		RequestStatus to = i % 2 == 0 ? RequestStatus.IN_PROGRESS : RequestStatus.WAITING_FOR_VENDOR;
		@SuppressWarnings("unchecked")
		Select<RequestStatus> status = _get(Select.class, spec -> spec.withId("new-status"));
		_setValue(status, to);
		TextArea field = _get(TextArea.class, spec -> spec.withId("status-comment"));
		_setValue(field, comment);
		_click(_get(Button.class, spec -> spec.withId("save-status")));
		noMarkupAnywhere(comment);
		List<Paragraph> error = _find(Paragraph.class, spec -> spec.withId("change-error"));
		if (!error.isEmpty() || field.isInvalid()) {
			changeRefused++;
			String message = error.isEmpty() ? field.getErrorMessage() : error.getFirst().getText();
			assertThat(message).as("the message (input %d)", i).isNotBlank().doesNotStartWith("ui.");
			assertThat(field.getValue()).as("what was typed is kept (input %d)", i).isEqualTo(comment);
		}
		else {
			assertThat(comment.strip().length()).as("a comment saved (input %d) is short enough", i)
				.isLessThanOrEqualTo(StatusChangeRules.MAX_COMMENT);
			changed++;
		}
	}

	private static TextField textField(String id) {
		return _get(TextField.class, spec -> spec.withId(id));
	}

	/** No element of the page has markup set as HTML, least of all the input's. */
	private static void noMarkupAnywhere(String value) {
		List<Element> all = new ArrayList<>();
		collect(UI.getCurrent().getElement(), all);
		assertThat(all).allSatisfy(e -> assertThat(e.getProperty("innerHTML"))
			.as("innerHTML of <%s> after %s", e.getTag(), HostileInput.label(value))
			.isNull());
	}

	private static void collect(Element element, List<Element> into) {
		into.add(element);
		element.getChildren().forEach(child -> collect(child, into));
	}

	/** One to four pieces of hostile input, sometimes padded to a great length. */
	private static String hostile(Random random) {
		StringBuilder value = new StringBuilder();
		for (int p = 0, n = 1 + random.nextInt(4); p < n; p++) {
			value.append(PIECES.get(random.nextInt(PIECES.size())));
		}
		if (random.nextInt(20) == 0) {
			value.append("x".repeat(random.nextInt(6_000)));
		}
		return value.toString();
	}

}
