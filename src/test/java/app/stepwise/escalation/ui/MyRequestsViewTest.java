package app.stepwise.escalation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.base.ui.NotFoundView;
import app.stepwise.escalation.Runs;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequests;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.i18n.Language;
import app.stepwise.security.Roles;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An operator sees their own requests, and only theirs: in the list and at a request's
 * own address.
 */
class MyRequestsViewTest extends KaribuTest {

	@Autowired
	private SupportRequests requests;

	@Autowired
	private FlowCatalog catalog;

	/** A user name of the test's own: other tests share the database. */
	private static String someone(String name) {
		return name + "." + UUID.randomUUID() + "@contoso.com";
	}

	/** Files a request in a session of the operator's own. */
	private SupportRequest fileAs(String operator, String affectedUser) {
		startSessionAs(operator, Roles.ADMIN);
		var input = Runs.validInput();
		input.setAffectedUser(affectedUser);
		return requests.file(Runs.escalated(catalog, "unlock-account", Instant.now()), input, Language.ENGLISH)
			.request();
	}

	@Test
	void anOperatorSeesTheRequestsFiledUnderTheirUserNameOnly() {
		String alex = someone("alex");
		SupportRequest mine = fileAs(alex, "adele@contoso.com");
		fileAs(someone("megan"), "bo@contoso.com");
		startSessionAs(alex, Roles.ADMIN);

		navigate("my-requests");

		MyRequestsView view = _get(MyRequestsView.class);
		assertThat(_size(view.grid)).isEqualTo(1);
		assertThat(_get(view.grid, 0).reference()).isEqualTo(mine.reference());
		assertThat(_getFormatted(view.grid, 0, "affectedUser")).isEqualTo("adele@contoso.com");
		assertThat(view.intro.getText()).isEqualTo("The requests you have sent, newest first.");
	}

	@Test
	void anotherOperatorsRequestIsNotFoundAtItsAddress() {
		String alex = someone("alex");
		SupportRequest mine = fileAs(alex, "adele@contoso.com");
		SupportRequest theirs = fileAs(someone("megan"), "bo@contoso.com");
		startSessionAs(alex, Roles.ADMIN);

		navigate("my-requests/" + mine.reference());
		assertThat(_get(Span.class, spec -> spec.withId("reference")).getText()).isEqualTo(mine.reference());

		navigate("my-requests/" + theirs.reference());
		_get(NotFoundView.class);
		navigate("my-requests/" + theirs.reference().toLowerCase().replace("-", ""));
		_get(NotFoundView.class);
	}

	@Test
	void aRequestSentFromTheFormIsListedInANewSessionOfTheSamePerson() {
		String alex = someone("alex");
		startSessionAs(alex, Roles.ADMIN);
		navigate("flow/unlock-account/escalate?path=cannot-sign-in.not-solved.not-solved.no-signs");
		String reference = file().reference.getText();

		newSession();
		navigate("my-requests");

		MyRequestsView view = _get(MyRequestsView.class);
		assertThat(_size(view.grid)).isEqualTo(1);
		assertThat(_get(view.grid, 0).reference()).isEqualTo(reference);
	}

	@Test
	void supportStaffSeeOnlyTheirOwnRequestsHereToo() {
		SupportRequest operators = fileAs(someone("alex"), "adele@contoso.com");
		String support = someone("support");
		SupportRequest own = fileAs(support, "bo@contoso.com");
		startSessionAs(support, Roles.SUPPORT);

		navigate("my-requests");
		assertThat(_size(_get(MyRequestsView.class).grid)).isEqualTo(1);
		assertThat(_get(_get(MyRequestsView.class).grid, 0).reference()).isEqualTo(own.reference());

		navigate("my-requests/" + operators.reference());
		_get(NotFoundView.class);
	}

	private static FiledRequestPanel file() {
		SupportRequestPanel panel = _get(SupportRequestPanel.class);
		SupportRequestForm form = Objects.requireNonNull(panel.form);
		_setValue(form.affectedUser, "adele@contoso.com");
		_setValue(form.description, "Locked out.");
		_setValue(form.contactEmail, "alex@contoso.com");
		_click(form.submit);
		return _get(FiledRequestPanel.class);
	}

}
