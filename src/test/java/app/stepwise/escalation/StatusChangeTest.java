package app.stepwise.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.SignedInAs;
import app.stepwise.TestUsers;
import app.stepwise.escalation.internal.StoredRequest;
import app.stepwise.escalation.internal.SupportRequestStore;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.i18n.Language;
import app.stepwise.security.Roles;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changing a request's status through the service: it refuses what the rules refuse, and
 * a change someone else made first is reported as such, never overwritten, however late
 * it is noticed.
 */
@SpringBootTest
@SignedInAs(value = StatusChangeTest.STAFF, roles = Roles.SUPPORT)
class StatusChangeTest {

	static final String STAFF = "pat@contoso.com";

	@Autowired
	private SupportRequests requests;

	@Autowired
	private SupportRequestStore store;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private FlowCatalog catalog;

	@Autowired
	private ApplicationContext context;

	private SupportRequest filed() {
		return Requests.file(requests, catalog, "unlock-account", Language.ENGLISH, "anna@contoso.com");
	}

	@Test
	void aChangeThatBreaksARuleIsRefusedWithItsProblemsAndNothingIsChanged() {
		SupportRequest filed = filed();

		assertThatThrownBy(() -> requests.changeStatus(filed.reference(), filed.version(), RequestStatus.NEW, " "))
			.isInstanceOfSatisfying(InvalidRequestException.class,
					e -> assertThat(e.problems()).extracting(InputProblem::messageKey)
						.containsExactly(StatusChangeRules.NOTHING_TO_CHANGE));
		assertThatThrownBy(() -> requests.changeStatus(filed.reference(), filed.version(), RequestStatus.RESOLVED,
				"x".repeat(StatusChangeRules.MAX_COMMENT + 1)))
			.isInstanceOfSatisfying(InvalidRequestException.class,
					e -> assertThat(e.problems()).extracting(InputProblem::field)
						.containsExactly(RequestField.COMMENT));
		assertThat(requests.find(filed.reference()).orElseThrow().history()).isEmpty();
	}

	@Test
	void aChangeToAnOutdatedVersionIsRefusedAsAConcurrentChange() {
		SupportRequest filed = filed();
		requests.changeStatus(filed.reference(), filed.version(), RequestStatus.IN_PROGRESS, "");

		assertThatThrownBy(() -> requests.changeStatus(filed.reference(), filed.version(), RequestStatus.RESOLVED, ""))
			.isInstanceOf(ConcurrentChangeException.class);
	}

	@Test
	void aChangeSomeoneElseCommitsWhileThisOneIsStoredIsAConcurrentChangeToo() {
		SupportRequest filed = filed();
		TransactionTemplate outer = new TransactionTemplate(transactions);

		outer.executeWithoutResult(tx -> {
			// The request is read in this transaction first, as the version the person
			// saw.
			store.findByReference(filed.reference()).orElseThrow();
			CompletableFuture
				.runAsync(
						() -> TestUsers
							.runAs(context, "lee@contoso.com", Roles.SUPPORT,
									() -> requests.changeStatus(filed.reference(), filed.version(),
											RequestStatus.IN_PROGRESS, "Mine.")))
				.join();

			assertThatThrownBy(
					() -> requests.changeStatus(filed.reference(), filed.version(), RequestStatus.RESOLVED, "Done."))
				.isInstanceOf(ConcurrentChangeException.class);
			tx.setRollbackOnly();
		});

		SupportRequest stored = requests.find(filed.reference()).orElseThrow();
		assertThat(stored.status()).isEqualTo(RequestStatus.IN_PROGRESS);
		assertThat(stored.history()).singleElement().satisfies(c -> assertThat(c.actor()).isEqualTo("lee@contoso.com"));
	}

	@Test
	void theStoreChangesOnlyTheVersionItReadAndRaisesIt() {
		SupportRequest filed = filed();
		StoredRequest read = store.findByReference(filed.reference()).orElseThrow();
		Instant now = Instant.parse("2026-11-21T10:00:00Z");

		assertThat(store.changeStatus(read, RequestStatus.IN_PROGRESS, "Mine.", "lee@contoso.com", now))
			.hasValueSatisfying(changed -> assertThat(changed.version()).isEqualTo(read.version() + 1));
		// The same read again, as by someone who read it at the same time.
		assertThat(store.changeStatus(read, RequestStatus.RESOLVED, "Done.", STAFF, now)).isEmpty();

		SupportRequest stored = requests.find(filed.reference()).orElseThrow();
		assertThat(stored.status()).isEqualTo(RequestStatus.IN_PROGRESS);
		assertThat(stored.version()).isEqualTo(read.version() + 1);
		assertThat(stored.history()).singleElement().satisfies(c -> {
			assertThat(c.actor()).isEqualTo("lee@contoso.com");
			assertThat(c.from()).isEqualTo(RequestStatus.NEW);
			assertThat(c.to()).isEqualTo(RequestStatus.IN_PROGRESS);
			assertThat(c.comment()).isEqualTo("Mine.");
		});
	}

	@Test
	void historyKeepsEveryChangeInTheOrderMade() {
		SupportRequest filed = filed();
		SupportRequest first = requests.changeStatus(filed.reference(), filed.version(), RequestStatus.IN_PROGRESS,
				"One.");
		SupportRequest second = requests.changeStatus(filed.reference(), first.version(), RequestStatus.IN_PROGRESS,
				"Two.");
		requests.changeStatus(filed.reference(), second.version(), RequestStatus.RESOLVED, "Three.");

		assertThat(requests.find(filed.reference()).orElseThrow().history()).extracting(c -> c.comment())
			.containsExactly("One.", "Two.", "Three.");
	}

}
