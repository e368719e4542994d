package app.stepwise.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.TestUsers;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.i18n.Language;
import app.stepwise.security.Roles;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * "My requests" are the signed-in person's: the service takes whose they are from the
 * sign-in, so no argument reaches another person's request.
 */
@SpringBootTest
class MyRequestsTest {

	@Autowired
	private SupportRequests requests;

	@Autowired
	private FlowCatalog catalog;

	@Autowired
	private ApplicationContext context;

	@AfterEach
	void signOut() {
		TestUsers.signOut(context);
	}

	/** A user name of the test's own: other tests share the database. */
	private static String someone(String name) {
		return name + "." + UUID.randomUUID() + "@contoso.com";
	}

	private SupportRequest fileAs(String operator, String role) {
		TestUsers.signIn(context, operator, role);
		return Requests.file(requests, catalog, "unlock-account", Language.ENGLISH, "adele@contoso.com");
	}

	@Test
	void anAdminListsAndCountsOnlyTheRequestsTheyFiled() {
		String alex = someone("alex");
		SupportRequest first = fileAs(alex, Roles.ADMIN);
		fileAs(someone("megan"), Roles.ADMIN);
		SupportRequest second = fileAs(alex, Roles.ADMIN);

		assertThat(requests.mine(PageRequest.of(0, 10))).extracting(SupportRequestRow::reference)
			.containsExactlyInAnyOrder(first.reference(), second.reference());
		assertThat(requests.countMine()).isEqualTo(2);
	}

	@Test
	void anAdminFindsTheirOwnRequestButNotAnotherPersonsHoweverTheReferenceIsTyped() {
		SupportRequest megans = fileAs(someone("megan"), Roles.ADMIN);
		SupportRequest alexs = fileAs(someone("alex"), Roles.ADMIN);

		assertThat(requests.findMine(alexs.reference())).map(SupportRequest::id).contains(alexs.id());
		assertThat(requests.findMine(megans.reference())).isEmpty();
		assertThat(requests.findMine(megans.reference().toLowerCase().replace("-", ""))).isEmpty();
	}

	@Test
	void supportStaffHaveOnlyTheirOwnRequestsThereToo() {
		SupportRequest operators = fileAs(someone("alex"), Roles.ADMIN);
		SupportRequest own = fileAs(someone("support"), Roles.SUPPORT);

		assertThat(requests.mine(PageRequest.of(0, 10))).extracting(SupportRequestRow::reference)
			.containsExactly(own.reference());
		assertThat(requests.findMine(operators.reference())).isEmpty();
		assertThat(requests.find(operators.reference())).isPresent();
	}

	@Test
	void somebodyWithNoRequestsHasNone() {
		fileAs(someone("alex"), Roles.ADMIN);
		TestUsers.signIn(context, someone("new"), Roles.ADMIN);

		assertThat(requests.mine(PageRequest.of(0, 10))).isEmpty();
		assertThat(requests.countMine()).isZero();
	}

}
