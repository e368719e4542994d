package app.stepwise.escalation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.base.ui.NotFoundView;
import app.stepwise.escalation.Operator;
import app.stepwise.escalation.Runs;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequests;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.i18n.Language;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An operator sees their own requests, and only theirs. */
class MyRequestsViewTest extends KaribuTest {

	@Autowired
	private SupportRequests requests;

	@Autowired
	private FlowCatalog catalog;

	private SupportRequest fileAs(String principal, String affectedUser) {
		var input = Runs.validInput();
		input.setAffectedUser(affectedUser);
		return requests
			.file(Runs.escalated(catalog, "unlock-account", Instant.now()), input, new Operator(principal, "Someone"),
					Language.ENGLISH)
			.request();
	}

	@Test
	void aSignedInOperatorSeesTheRequestsFiledUnderTheirUserNameOnly() {
		// A user name of this test's own: other tests share the database.
		String alex = "alex." + java.util.UUID.randomUUID() + "@contoso.com";
		SupportRequest mine = fileAs(alex, "adele@contoso.com");
		SupportRequest theirs = fileAs("megan@contoso.com", "bo@contoso.com");
		Operators.signIn(alex);

		navigate("my-requests");

		MyRequestsView view = _get(MyRequestsView.class);
		assertThat(_size(view.grid)).isEqualTo(1);
		assertThat(_getFormatted(view.grid, 0, "affectedUser")).isEqualTo("adele@contoso.com");

		navigate("my-requests/" + mine.reference());
		assertThat(_get(Span.class, spec -> spec.withId("reference")).getText()).isEqualTo(mine.reference());

		navigate("my-requests/" + theirs.reference());
		_get(NotFoundView.class);
	}

	@Test
	void withoutSignInTheRequestsOfThisSessionAreListedAndNobodyElseSeesThem() {
		navigate("flow/unlock-account/escalate?path=cannot-sign-in.not-solved.not-solved.no-signs");
		FiledRequestPanel filed = file();

		navigate("my-requests");
		MyRequestsView view = _get(MyRequestsView.class);
		assertThat(_size(view.grid)).isEqualTo(1);
		assertThat(view.intro.getText()).startsWith("The requests sent from this browser in this session.");
		String reference = filed.reference.getText();

		newSession();
		navigate("my-requests");
		assertThat(_size(_get(MyRequestsView.class).grid)).isZero();
		navigate("my-requests/" + reference);
		_get(NotFoundView.class);
	}

	private static FiledRequestPanel file() {
		SupportRequestPanel panel = _get(SupportRequestPanel.class);
		SupportRequestForm form = java.util.Objects.requireNonNull(panel.form);
		_setValue(form.affectedUser, "adele@contoso.com");
		_setValue(form.operatorName, "Alex Wilber");
		_setValue(form.description, "Locked out.");
		_setValue(form.contactEmail, "alex@contoso.com");
		_click(form.submit);
		return _get(FiledRequestPanel.class);
	}

}
