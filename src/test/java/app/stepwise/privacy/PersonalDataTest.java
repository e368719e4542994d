package app.stepwise.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import app.stepwise.HostileInput;
import app.stepwise.SignedInAs;
import app.stepwise.TestUsers;
import app.stepwise.base.AuditEvent;
import app.stepwise.escalation.RequestStatus;
import app.stepwise.escalation.Requests;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequests;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.i18n.Language;
import app.stepwise.security.Roles;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * What Stepwise stores about one person, from every feature that stores personal data:
 * exported whole, erased without a trace of the person while the request stays for the
 * statistics, each in the audit log without the person's name; and finished requests
 * anonymized once kept longer than their retention.
 */
@SpringBootTest
@SignedInAs(value = PersonalDataTest.STAFF, roles = Roles.SUPPORT)
@RecordApplicationEvents
class PersonalDataTest {

	static final String STAFF = "pat@contoso.com";

	@Autowired
	private SupportRequests requests;

	@Autowired
	private FlowCatalog catalog;

	@Autowired
	private PersonalDataRequests personalData;

	@Autowired
	private RetentionRound retention;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApplicationEvents events;

	@Autowired
	private ApplicationContext context;

	/** A person nobody else in the database shares a name with. */
	private static String someone() {
		return "p-" + UUID.randomUUID().toString().substring(0, 8) + "@contoso.com";
	}

	private SupportRequest filedAbout(String person) {
		return Requests.file(requests, catalog, "unlock-account", Language.ENGLISH, person);
	}

	private void failedSignIn(String name) {
		jdbc.update("INSERT INTO sign_in_failure (name_key, failures, last_failure, version) VALUES (?, 2, ?, 0)", name,
				OffsetDateTime.now(ZoneOffset.UTC));
	}

	@Test
	void anExportHoldsEverythingStoredAboutThePersonInEveryKind() {
		String person = someone();
		SupportRequest filed = filedAbout(person);
		failedSignIn(person);

		Map<String, List<Map<String, String>>> export = personalData.export(Person.of(person.toUpperCase()), STAFF);

		assertThat(export).containsKeys("support-requests", "notifications", "sign-in-failures");
		assertThat(export.get("support-requests")).singleElement()
			.satisfies(request -> assertThat(request).containsEntry("reference", filed.reference())
				.containsEntry("affected_user", person)
				.containsEntry("description", "Adele still cannot sign in after the reset.")
				.containsEntry("contact_phone", "+46 70 123 45 67"));
		assertThat(export.get("sign-in-failures")).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("user_name", person).containsEntry("failures", "2"));
		assertThat(events.stream(AuditEvent.class)).filteredOn(e -> e.action().equals(PersonalDataRequests.EXPORTED))
			.singleElement()
			.satisfies(e -> assertThat(e.actor()).isEqualTo(STAFF))
			.satisfies(e -> assertThat(e.detail()).contains(PersonalDataRequests.fingerprint(Person.of(person)))
				.contains("support-requests=1")
				.doesNotContain(person));
	}

	@Test
	void erasureLeavesNothingAboutThePersonButKeepsTheRequestForTheStatistics() {
		String person = someone();
		SupportRequest filed = filedAbout(person);
		requests.changeStatus(filed.reference(), filed.version(), RequestStatus.IN_PROGRESS,
				"Called " + person + " back");
		failedSignIn(person);

		Map<String, Integer> erased = personalData.erase(Person.of(person), STAFF);

		assertThat(erased.get("support-requests")).isPositive();
		assertThat(erased.get("sign-in-failures")).isEqualTo(1);
		assertThat(personalData.export(Person.of(person), STAFF).values())
			.allSatisfy(rows -> assertThat(rows).isEmpty());
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM support_request WHERE reference = ? AND status = ?"
						+ " AND affected_user = '' AND description = '' AND contact_phone = ''",
				Integer.class, filed.reference(), "IN_PROGRESS"))
			.isEqualTo(1);
		assertThat(jdbc.queryForList("SELECT c.comment FROM support_request_change c JOIN support_request r"
				+ " ON r.id = c.request_id WHERE r.reference = ?", String.class, filed.reference()))
			.containsOnly("");
		assertThat(events.stream(AuditEvent.class)).filteredOn(e -> e.action().equals(PersonalDataRequests.ERASED))
			.singleElement()
			.satisfies(e -> assertThat(e.detail()).doesNotContain(person).contains("sign-in-failures=1"));
	}

	@Test
	void erasingTheOperatorRemovesTheirNameButNotTheRequestOfSomeoneElse() {
		String affected = someone();
		String operator = someone();
		TestUsers.signIn(context, operator, Roles.SUPPORT);
		SupportRequest filed;
		try {
			filed = filedAbout(affected);
		}
		finally {
			TestUsers.signIn(context, STAFF, Roles.SUPPORT);
		}

		personalData.erase(Person.of(operator), STAFF);

		assertThat(jdbc.queryForMap("SELECT affected_user, operator_principal FROM support_request WHERE reference = ?",
				filed.reference()))
			.containsValues(affected, "");
	}

	@Test
	void finishedRequestsAreAnonymizedOnceKeptLongerThanTheirRetentionAndNoOthers() {
		String oldFinished = someone();
		String oldOpen = someone();
		String recentFinished = someone();
		age(filedAbout(oldFinished), "RESOLVED", 181);
		age(filedAbout(oldOpen), "IN_PROGRESS", 400);
		age(filedAbout(recentFinished), "CLOSED", 179);

		Map<String, Integer> removed = retention.runNow();

		assertThat(removed.get("support-requests")).isPositive();
		assertThat(affectedUsers()).doesNotContain(oldFinished).contains(oldOpen, recentFinished);
		assertThat(events.stream(AuditEvent.class)).filteredOn(e -> e.action().equals(RetentionRound.EXPIRED))
			.singleElement()
			.satisfies(e -> assertThat(e.actor()).isEqualTo("retention"));
	}

	private void age(SupportRequest request, String status, int days) {
		jdbc.update("UPDATE support_request SET status = ?, updated_at = ? WHERE reference = ?", status,
				OffsetDateTime.now(ZoneOffset.UTC).minus(days, ChronoUnit.DAYS), request.reference());
	}

	private List<String> affectedUsers() {
		return jdbc.queryForList("SELECT affected_user FROM support_request", String.class);
	}

	@Test
	void savedRunsAndRemindersAreExportedAndErasedWithTheRest() {
		String person = someone();
		UUID run = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		jdbc.update("INSERT INTO flow_run (id, owner, affected_user, evidence, flow_id, flow_version, cloud, path,"
				+ " answers, step_flow_id, step_id, started_at, last_activity_at, version)"
				+ " VALUES (?, 'desk', ?, '[]', 'unlock-account', 1, 'worldwide', '', 0, 'unlock-account',"
				+ " 'symptom', ?, ?, 0)", run, person, now, now);
		jdbc.update("INSERT INTO run_reminder (id, run_id, kind, flow_id, step_flow_id, step_id, asked_at_step,"
				+ " address, usual_hours, max_hours, operator_name, operator_email, language, base_url, requested_at,"
				+ " due_at) VALUES (?, ?, 'USUAL', 'unlock-account', 'unlock-account', 'wait', 'unlock-account/wait',"
				+ " 'flow/unlock-account/wait', 1, 24, 'desk', ?, 'en', 'http://localhost/', ?, ?)", UUID.randomUUID(),
				run, person.toUpperCase(), now, now.plusHours(1));

		Map<String, List<Map<String, String>>> export = personalData.export(Person.of(person), STAFF);

		assertThat(export.get("saved-runs")).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("affected_user", person).containsEntry("owner", "desk"));
		assertThat(export.get("reminders")).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("step_id", "wait"));

		Map<String, Integer> erased = personalData.erase(Person.of(person), STAFF);

		assertThat(erased).containsEntry("saved-runs", 1).containsEntry("reminders", 1);
		assertThat(jdbc.queryForMap("SELECT owner, affected_user, flow_id FROM flow_run WHERE id = ?", run))
			.containsEntry("FLOW_ID", "unlock-account")
			.containsEntry("OWNER", null)
			.containsEntry("AFFECTED_USER", null);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_reminder WHERE run_id = ?", Integer.class, run))
			.isZero();
	}

	@Test
	void aPersonIsNamedByAnIdentifierWithoutControlCharacters() {
		assertThat(Person.of("  Adele@Contoso.COM ").id()).isEqualTo("adele@contoso.com");
		assertThat(Person.of("a_b%c@x").containedPattern()).isEqualTo("%a\\_b\\%c@x%");
		for (String bad : List.of(" ", "a\u0000b", "x".repeat(Person.MAX_LENGTH + 1))) {
			assertThatIllegalArgumentException().as(HostileInput.label(bad)).isThrownBy(() -> Person.of(bad));
		}
	}

}
