package app.stepwise.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.SignedInAs;
import app.stepwise.TestUsers;
import app.stepwise.base.AuditEvent;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.i18n.Language;
import app.stepwise.wizard.ActiveRun;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Filing a support request for a run: what is stored, that a run files only once, and
 * that the request is the signed-in operator's.
 */
@SpringBootTest
@RecordApplicationEvents
@SignedInAs(SupportRequestFilingTest.OPERATOR)
class SupportRequestFilingTest {

	static final String OPERATOR = "alex@contoso.com";

	private static final Instant ANSWERED = Instant.parse("2026-11-20T09:15:00Z");

	@Autowired
	private SupportRequests requests;

	@Autowired
	private FlowCatalog catalog;

	@Autowired
	private ApplicationEvents events;

	@Autowired
	private ApplicationContext context;

	@Test
	void filingStoresTheRunWithEveryCheckAndWhatTheOperatorWrote() {
		ActiveRun run = Runs.escalated(catalog, "unlock-account", ANSWERED);

		Filing filing = requests.file(run, Runs.validInput(), Language.SWEDISH);

		assertThat(filing.created()).isTrue();
		SupportRequest stored = requests.findMine(filing.request().reference()).orElseThrow();
		assertThat(stored.runId()).isEqualTo(run.id());
		assertThat(stored.flowId()).isEqualTo("unlock-account");
		assertThat(stored.flowVersion()).isEqualTo(1);
		assertThat(stored.atOutcome()).isTrue();
		assertThat(stored.stepId()).isEqualTo(run.run().current().id());
		assertThat(stored.language()).isEqualTo(Language.SWEDISH);
		assertThat(stored.status()).isEqualTo(RequestStatus.NEW);
		assertThat(stored.affectedUser()).isEqualTo("adele.vance@contoso.onmicrosoft.com");
		assertThat(stored.operatorPrincipal()).isEqualTo(OPERATOR);
		assertThat(stored.preferredContact()).isEqualTo(ContactMethod.PHONE);
		assertThat(stored.transcript()).extracting(SupportRequest.Check::answerId)
			.containsExactlyElementsOf(run.run().path());
		assertThat(stored.transcript()).allSatisfy(c -> assertThat(c.answeredAt()).isEqualTo(ANSWERED));
		assertThat(stored.transcript().getFirst().stepTitleKey()).isEqualTo("flow.unlock-account.symptom.title");
	}

	@Test
	void filingAgainForTheSameRunReturnsTheFirstRequestInsteadOfANewOne() {
		ActiveRun run = Runs.escalated(catalog, "reset-passwords", ANSWERED);
		Filing first = requests.file(run, Runs.validInput(), Language.ENGLISH);

		RequestInput changed = Runs.validInput();
		changed.setDescription("Sent again after the page did not answer.");
		Filing second = requests.file(run, changed, Language.ENGLISH);

		assertThat(second.created()).isFalse();
		assertThat(second.request().reference()).isEqualTo(first.request().reference());
		assertThat(second.request().description()).isEqualTo(first.request().description());
		assertThat(events.stream(SupportRequestFiled.class).filter(e -> e.runId().equals(run.id()))).hasSize(1);
	}

	@Test
	void aDoubleClickThatFilesTheSameRunTwiceAtOnceStoresOneRequest() throws Exception {
		ActiveRun run = Runs.escalated(catalog, "compromise-response", ANSWERED);
		CountDownLatch start = new CountDownLatch(1);
		Callable<Filing> file = () -> {
			start.await();
			return requests.file(run, Runs.validInput(), Language.ENGLISH);
		};
		// Both clicks come from the same signed-in operator.
		DelegatingSecurityContextExecutorService pool = new DelegatingSecurityContextExecutorService(
				Executors.newFixedThreadPool(2));
		pool.setSecurityContextHolderStrategy(TestUsers.contexts(context));
		try {
			Future<Filing> one = pool.submit(file);
			Future<Filing> two = pool.submit(file);
			start.countDown();

			List<Filing> filings = List.of(one.get(), two.get());

			assertThat(filings).extracting(f -> f.request().reference()).containsOnly(one.get().request().reference());
			assertThat(filings).extracting(Filing::created).containsExactlyInAnyOrder(true, false);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void inputThatBreaksARuleIsRefusedWithEveryProblemAndNothingIsStored() {
		ActiveRun run = Runs.escalated(catalog, "unlock-account", ANSWERED);
		RequestInput input = Runs.validInput();
		input.setAffectedUser("adele");
		input.setContactEmail("");

		assertThatThrownBy(() -> requests.file(run, input, Language.ENGLISH)).isInstanceOfSatisfying(
				InvalidRequestException.class, e -> assertThat(e.problems()).extracting(InputProblem::field)
					.containsExactly(RequestField.AFFECTED_USER, RequestField.CONTACT_EMAIL));
		assertThat(requests.findByRun(run.id())).isEmpty();
	}

	@Test
	void filingAnnouncesTheRequestAndRecordsItForTheAuditLog() {
		ActiveRun run = Runs.escalated(catalog, "unlock-account", ANSWERED);

		Filing filing = requests.file(run, Runs.validInput(), Language.ENGLISH);

		assertThat(events.stream(SupportRequestFiled.class)).singleElement().satisfies(e -> {
			assertThat(e.reference()).isEqualTo(filing.request().reference());
			assertThat(e.requestId()).isEqualTo(filing.request().id());
		});
		assertThat(events.stream(AuditEvent.class)).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo(AuditEvent.REQUEST_FILED);
			assertThat(e.actor()).isEqualTo(OPERATOR);
			assertThat(e.detail()).isEqualTo(filing.request().reference());
		});
	}

	@Test
	void aRequestIsNamedByTheOperatorsUserName() {
		ActiveRun run = Runs.escalated(catalog, "unlock-account", ANSWERED);

		Filing filing = requests.file(run, Runs.validInput(), Language.ENGLISH);

		assertThat(filing.request().operatorPrincipal()).isEqualTo(OPERATOR);
		assertThat(filing.request().operatorName()).isEqualTo(OPERATOR);
	}

	@Test
	void askingForHelpBeforeAnOutcomeFilesTheRunWhereItStands() {
		ActiveRun run = Runs.at(catalog, "unlock-account", List.of("cannot-sign-in"), ANSWERED);

		Filing filing = requests.file(run, Runs.validInput(), Language.ENGLISH);

		assertThat(filing.request().atOutcome()).isFalse();
		assertThat(filing.request().stepId()).isEqualTo("reset-password");
		assertThat(filing.request().transcript()).hasSize(1);
	}

}
