package app.stepwise.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.SignedInAs;
import app.stepwise.TestUsers;
import app.stepwise.base.AuditEvent;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.i18n.Language;
import app.stepwise.security.Roles;
import java.io.IOException;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Who acted on a request, in its history and in the audit log, is the signed-in person:
 * the service reads it from the sign-in and takes no name from its caller. (Filing is
 * covered by {@link SupportRequestFilingTest}.)
 */
@SpringBootTest
@RecordApplicationEvents
@SignedInAs(value = ActorFromSignInTest.STAFF, roles = Roles.SUPPORT)
class ActorFromSignInTest {

	static final String STAFF = "pat@contoso.com";

	@Autowired
	private SupportRequests requests;

	@Autowired
	private FlowCatalog catalog;

	@Autowired
	private ApplicationEvents events;

	@Autowired
	private ApplicationContext context;

	@Test
	void aStatusChangeIsRecordedUnderTheSignedInPerson() {
		SupportRequest filed = Requests.file(requests, catalog, "unlock-account", Language.ENGLISH, "anna@contoso.com");

		SupportRequest changed = requests.changeStatus(filed.reference(), filed.version(), RequestStatus.IN_PROGRESS,
				"On it.");

		assertThat(changed.history()).singleElement().satisfies(c -> assertThat(c.actor()).isEqualTo(STAFF));
		assertThat(events.stream(AuditEvent.class).filter(e -> e.action().equals(AuditEvent.STATUS_CHANGED)))
			.singleElement()
			.satisfies(e -> assertThat(e.actor()).isEqualTo(STAFF));
	}

	@Test
	void aColleaguesChangeIsRecordedUnderTheColleague() {
		SupportRequest filed = Requests.file(requests, catalog, "reset-passwords", Language.ENGLISH, "bo@contoso.com");

		TestUsers.runAs(context, "lee@contoso.com", Roles.SUPPORT,
				() -> requests.changeStatus(filed.reference(), filed.version(), RequestStatus.RESOLVED, "Reset done."));

		assertThat(requests.find(filed.reference()).orElseThrow().history()).singleElement()
			.satisfies(c -> assertThat(c.actor()).isEqualTo("lee@contoso.com"));
	}

	@Test
	void anExportIsAuditedUnderTheSignedInPerson() throws IOException {
		requests.exportCsv(QueueFilter.all(), Language.ENGLISH, OutputStream.nullOutputStream());

		assertThat(events.stream(AuditEvent.class).filter(e -> e.action().equals(AuditEvent.EXPORT))).singleElement()
			.satisfies(e -> assertThat(e.actor()).isEqualTo(STAFF));
	}

}
