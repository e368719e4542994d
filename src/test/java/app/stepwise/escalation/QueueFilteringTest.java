package app.stepwise.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.SignedInAs;
import app.stepwise.i18n.Language;
import app.stepwise.security.Roles;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The support queue selects by each filter on its own and by all at once, counts what it
 * selects, begins and ends days in the reader's zone, sorts by every column it offers
 * with the reference breaking ties, and pages without repeating or skipping a request.
 */
@SpringBootTest
@SignedInAs(value = "pat@contoso.com", roles = Roles.SUPPORT)
class QueueFilteringTest {

	/** UTC+1 on the days below. */
	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	@Autowired
	private SupportRequests requests;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void fiveRequests() {
		Requests.clear(jdbc);
		// 23:30 UTC on 9 March is already 10 March in Oslo.
		store("SW-AAAA-0001", RequestStatus.NEW, "unlock-account", Language.ENGLISH, "2026-03-09T23:30:00Z", "c");
		store("SW-AAAA-0002", RequestStatus.IN_PROGRESS, "unlock-account", Language.SWEDISH, "2026-03-10T12:00:00Z",
				"a");
		store("SW-AAAA-0003", RequestStatus.NEW, "reset-passwords", Language.SWEDISH, "2026-03-11T08:00:00Z", "b");
		store("SW-AAAA-0004", RequestStatus.RESOLVED, "reset-passwords", Language.DANISH, "2026-03-11T08:00:00Z", "b");
		// 23:30 UTC on 11 March is 12 March in Oslo.
		store("SW-AAAA-0005", RequestStatus.NEW, "unlock-account", Language.SWEDISH, "2026-03-11T23:30:00Z", "d");
	}

	@AfterEach
	void noRequestsLeftForOtherTests() {
		Requests.clear(jdbc);
	}

	private void store(String reference, RequestStatus status, String flow, Language language, String created,
			String user) {
		Timestamp at = Timestamp.from(Instant.parse(created));
		jdbc.update(
				"INSERT INTO support_request (id, reference, run_id, flow_id, flow_version, step_flow_id, step_id,"
						+ " at_outcome, cloud, language, affected_user, operator_principal, description, contact_email,"
						+ " contact_phone, preferred_contact, status, created_at, updated_at, version)"
						+ " VALUES (?, ?, ?, ?, 1, ?, 'escalate', TRUE, 'worldwide', ?, ?, 'anna@contoso.com', 'x',"
						+ " 'anna@contoso.com', '', 'EMAIL', ?, ?, ?, 0)",
				UUID.randomUUID(), reference, UUID.randomUUID(), flow, flow, language.tag(), user + "@contoso.com",
				status.name(), at, at);
	}

	private List<String> references(QueueFilter filter) {
		return references(requests.queue(filter, PageRequest.of(0, 50)));
	}

	private static List<String> references(Page<SupportRequestRow> page) {
		return page.getContent().stream().map(SupportRequestRow::reference).toList();
	}

	@Test
	void eachFilterSelectsOnlyItsRequestsAndTheCountAgrees() {
		QueueFilter all = QueueFilter.all();

		assertThat(references(all)).hasSize(5);
		assertThat(references(all.withStatus(RequestStatus.NEW))).containsExactlyInAnyOrder("SW-AAAA-0001",
				"SW-AAAA-0003", "SW-AAAA-0005");
		assertThat(references(all.withFlow("reset-passwords"))).containsExactlyInAnyOrder("SW-AAAA-0003",
				"SW-AAAA-0004");
		assertThat(references(all.withLanguage(Language.SWEDISH))).containsExactlyInAnyOrder("SW-AAAA-0002",
				"SW-AAAA-0003", "SW-AAAA-0005");
		QueueFilter everything = all.withStatus(RequestStatus.NEW)
			.withFlow("unlock-account")
			.withLanguage(Language.SWEDISH);
		assertThat(references(everything)).containsExactly("SW-AAAA-0005");
		assertThat(requests.count(everything)).isEqualTo(1);
		assertThat(requests.count(all.withStatus(RequestStatus.NEW))).isEqualTo(3);
		assertThat(requests.count(all)).isEqualTo(5);
	}

	@Test
	void daysBeginAndEndInTheReadersZoneBothEndsIncluded() {
		LocalDate tenth = LocalDate.of(2026, 3, 10);
		LocalDate eleventh = LocalDate.of(2026, 3, 11);

		assertThat(references(QueueFilter.all().withDates(tenth, eleventh, OSLO)))
			.containsExactlyInAnyOrder("SW-AAAA-0001", "SW-AAAA-0002", "SW-AAAA-0003", "SW-AAAA-0004");
		assertThat(references(QueueFilter.all().withDates(tenth, eleventh, ZoneOffset.UTC)))
			.containsExactlyInAnyOrder("SW-AAAA-0002", "SW-AAAA-0003", "SW-AAAA-0004", "SW-AAAA-0005");
		assertThat(references(QueueFilter.all().withDates(eleventh, null, OSLO)))
			.containsExactlyInAnyOrder("SW-AAAA-0003", "SW-AAAA-0004", "SW-AAAA-0005");
		assertThat(references(QueueFilter.all().withDates(null, tenth, OSLO))).containsExactlyInAnyOrder("SW-AAAA-0001",
				"SW-AAAA-0002");
	}

	@Test
	void newestFirstByDefaultWithTheReferenceBreakingTies() {
		assertThat(references(requests.queue(QueueFilter.all(), Pageable.unpaged()))).containsExactly("SW-AAAA-0005",
				"SW-AAAA-0003", "SW-AAAA-0004", "SW-AAAA-0002", "SW-AAAA-0001");
	}

	@Test
	void sortsByTheColumnsListsOfferAndIgnoresOthers() {
		assertThat(references(requests.queue(QueueFilter.all(),
				PageRequest.of(0, 50, Sort.by("affectedUser").and(Sort.by(Sort.Order.desc("reference")))))))
			.containsExactly("SW-AAAA-0002", "SW-AAAA-0004", "SW-AAAA-0003", "SW-AAAA-0001", "SW-AAAA-0005");
		assertThat(references(requests.queue(QueueFilter.all(), PageRequest.of(0, 50, Sort.by("status")))))
			.containsExactly("SW-AAAA-0002", "SW-AAAA-0001", "SW-AAAA-0003", "SW-AAAA-0005", "SW-AAAA-0004");
		assertThat(references(requests.queue(QueueFilter.all(), PageRequest.of(0, 50, Sort.by("description")))))
			.containsExactly("SW-AAAA-0005", "SW-AAAA-0003", "SW-AAAA-0004", "SW-AAAA-0002", "SW-AAAA-0001");
	}

	@Test
	void pagesFollowOneAnotherWithoutRepeatsOrGapsAndKnowTheTotal() {
		Page<SupportRequestRow> first = requests.queue(QueueFilter.all(), PageRequest.of(0, 2));
		Page<SupportRequestRow> second = requests.queue(QueueFilter.all(), PageRequest.of(1, 2));
		Page<SupportRequestRow> third = requests.queue(QueueFilter.all(), PageRequest.of(2, 2));

		assertThat(references(first)).containsExactly("SW-AAAA-0005", "SW-AAAA-0003");
		assertThat(references(second)).containsExactly("SW-AAAA-0004", "SW-AAAA-0002");
		assertThat(references(third)).containsExactly("SW-AAAA-0001");
		assertThat(second.getTotalElements()).isEqualTo(5);
		assertThat(second.getTotalPages()).isEqualTo(3);
	}

}
